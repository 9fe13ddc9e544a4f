package org.gridsteward.views;

/** Residents' names and phone numbers as a wall may show them. */
public final class Masking {
    /** Shown instead of a name or phone number whose resident has been erased. */
    public static final String ERASED = "已删除";

    private Masking() {}

    /** 张三 → 张*, 张三丰 → 张*丰, 欧阳小明 → 欧**明; null stays null. */
    public static String name(String name) {
        if (name == null) {
            return null;
        }
        int[] points = name.strip().codePoints().toArray();
        if (points.length <= 1) {
            return points.length == 0 ? "" : "*";
        }
        StringBuilder masked = new StringBuilder().appendCodePoint(points[0]);
        if (points.length == 2) {
            return masked.append('*').toString();
        }
        masked.append("*".repeat(points.length - 2));
        return masked.appendCodePoint(points[points.length - 1]).toString();
    }

    /** 13800138000 → 138****8000; short numbers keep only their last two digits. */
    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.strip();
        if (digits.length() >= 11) {
            return digits.substring(0, 3) + "*".repeat(digits.length() - 7) + digits.substring(digits.length() - 4);
        }
        if (digits.length() <= 2) {
            return "*".repeat(digits.length());
        }
        return "*".repeat(digits.length() - 2) + digits.substring(digits.length() - 2);
    }
}
