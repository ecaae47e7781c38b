package org.kassa.app.ui.core;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.kassa.app.ui.Messages;
import org.kassa.payclient.tips.OperatorTip;
import org.kassa.payclient.tips.OperatorTips;
import org.kassa.till.text.TillTexts;

/**
 * The operator's language, switchable at runtime: the window's bundle, the till core's texts and the Pay tips
 * in that language. Views bind their texts to {@link #text(String, Object...)} so a switch redraws them.
 */
public final class I18n {

    private static final int TIP_RETRY_MINUTES = 5;

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>();
    private Locale loaded;
    private ResourceBundle ui;
    private TillTexts till;
    private OperatorTips tips;

    public I18n(Locale initial) {
        locale.set("en".equals(initial.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("ru"));
    }

    /**
     * Bundles follow the locale when first read after a switch (bindings may recompute before any change
     * listener of the locale would have run).
     */
    private void follow() {
        Locale now = locale.get();
        if (!now.equals(loaded)) {
            ui = Messages.bundle(now);
            till = new TillTexts(now);
            tips = OperatorTips.forLanguage(now.getLanguage(), TIP_RETRY_MINUTES);
            loaded = now;
        }
    }

    public ObjectProperty<Locale> locale() {
        return locale;
    }

    public boolean english() {
        return "en".equals(locale.get().getLanguage());
    }

    /** Russian ↔ English. */
    public void toggle() {
        locale.set(english() ? Locale.forLanguageTag("ru") : Locale.ENGLISH);
    }

    /** The window bundle's text now; a missing key shows itself rather than failing. */
    public String get(String key, Object... args) {
        follow();
        try {
            String pattern = ui.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''"), locale.get()).format(args);
        } catch (MissingResourceException e) {
            return "[" + key + "]";
        }
    }

    public String render(UiMessage message) {
        if (message == null) {
            return "";
        }
        follow();
        return switch (message.source()) {
            case UI -> get(message.key(), message.args());
            case TILL -> till.get(message.key(), message.args());
            case TEXT -> message.key();
        };
    }

    public OperatorTip tip(String code) {
        follow();
        return tips.tip(code);
    }

    public String money(long kopecks) {
        return Money.format(kopecks, locale.get());
    }

    /** A text that follows the language. */
    public StringBinding text(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), locale);
    }

    /** A message held in a property, rendered in the current language. */
    public StringBinding render(ObservableValue<UiMessage> message) {
        return Bindings.createStringBinding(() -> render(message.getValue()), message, locale);
    }
}
