package org.chatterie.portal.catalog;

/**
 * One reason a manifest is refused, in words a sysadmin can act on.
 *
 * @param file    the manifest as the operator knows it, e.g. {@code images/foo/app.yaml}
 * @param field   where in the YAML, e.g. {@code volumes[1].backup}; empty when about the whole file
 * @param message plain English, e.g. {@code must be one of daily, none}
 */
public record ManifestProblem(String file, String field, String message) {

    static ManifestProblem ofFile(String file, String message) {
        return new ManifestProblem(file, "", message);
    }

    /** {@code images/foo/app.yaml: volumes[1].backup: must be one of daily, none}. */
    @Override
    public String toString() {
        return field.isEmpty() ? file + ": " + message : file + ": " + field + ": " + message;
    }
}
