package org.gridsteward.wall;

/** What the wall counts: frames sent by type, and displays resynchronised. */
interface WallCounters {
    WallCounters NONE = new WallCounters() {
        @Override
        public void sent(String type) {}

        @Override
        public void resynced() {}
    };

    void sent(String type);

    void resynced();
}
