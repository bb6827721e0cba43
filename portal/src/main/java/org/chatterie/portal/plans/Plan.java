package org.chatterie.portal.plans;

/** A plan as stored. Quotas are in bytes; the UI shows decimal gigabytes. */
public record Plan(long id, String code, String name, long quotaBytes, int position, boolean active) {

    public static final long GB = 1_000_000_000L;

    public long quotaGb() {
        return quotaBytes / GB;
    }
}
