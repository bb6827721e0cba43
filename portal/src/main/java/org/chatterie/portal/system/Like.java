package org.chatterie.portal.system;

/** Search terms for SQL {@code ilike}: what a person types is matched literally. */
public final class Like {

    private Like() {}

    /** Trims and escapes {@code \ % _}; the SQL uses PostgreSQL's default escape character. */
    public static String escape(String search) {
        if (search == null) {
            return "";
        }
        return search.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
