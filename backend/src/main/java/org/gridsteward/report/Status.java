package org.gridsteward.report;

/** Where a report stands in its handling, with the labels operators see. */
public enum Status {
    SUBMITTED("待受理", "Awaiting intake"),
    CLASSIFIED("待派遣", "Awaiting dispatch"),
    DISPATCHED("待签收", "Awaiting sign-off"),
    ACCEPTED("处置中", "In progress"),
    RESOLVED("待核查", "Awaiting verification"),
    VERIFIED("待评价", "Awaiting rating"),
    RATED("已评价", "Rated"),
    REOPENED("重新办理", "Reopened"),
    REJECTED("不予受理", "Rejected"),
    CLOSED("已关闭", "Closed");

    private final String zh;
    private final String en;

    Status(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }
}
