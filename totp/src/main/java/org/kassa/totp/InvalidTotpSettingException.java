package org.kassa.totp;

/**
 * A TOTP setting that cannot be used. The message names the parameter, what is wrong and what is allowed;
 * it never contains the secret key.
 */
public final class InvalidTotpSettingException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String parameter;

    public InvalidTotpSettingException(String parameter, String problem) {
        super(parameter + ": " + problem);
        this.parameter = parameter;
    }

    /** The name of the offending parameter as the vendor spells it, e.g. {@code passLength}. */
    public String parameter() {
        return parameter;
    }
}
