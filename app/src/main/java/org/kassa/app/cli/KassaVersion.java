package org.kassa.app.cli;

import picocli.CommandLine;

/** The version from the jar manifest (or "development" when run from classes). */
final class KassaVersion implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = KassaVersion.class.getPackage().getImplementationVersion();
        return new String[] {"kassa " + (v == null ? "development" : v)};
    }
}
