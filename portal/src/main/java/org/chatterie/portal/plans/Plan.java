package org.chatterie.portal.plans;

/**
 * A plan as stored. Quotas are in bytes; the UI shows decimal gigabytes. The limits cap every
 * instance of the plan's members (a manifest may ask for less, never for more).
 */
public record Plan(long id, String code, String name, long quotaBytes, int position, boolean active,
                   long memoryLimitBytes, double cpuLimit, int pidsLimit, int maxInstances) {

    public static final long GB = 1_000_000_000L;

    public long quotaGb() {
        return quotaBytes / GB;
    }
}
