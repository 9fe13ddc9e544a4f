package org.gridsteward.runtime;

/**
 * Makes writes durable before they are acknowledged, with one commit for all the writes applied while the
 * previous commit ran. A writer that finds no commit running starts one; the others wait for it, or for the
 * next one if their write came after it began. A commit stores everything applied before it starts, so no
 * writer is released before a commit that began after its write has finished.
 */
final class GroupCommit {
    private final Runnable commit;
    private long applied;
    private long durable;
    private boolean committing;

    GroupCommit(Runnable commit) {
        this.commit = commit;
    }

    /** Called once a write has been applied; returns when it is durable, or throws what the commit threw. */
    void awaitDurable() {
        long mine;
        synchronized (this) {
            mine = ++applied;
        }
        boolean interrupted = false;
        try {
            while (true) {
                long covered;
                synchronized (this) {
                    while (committing && durable < mine) {
                        try {
                            wait();
                        } catch (InterruptedException e) {
                            interrupted = true;
                        }
                    }
                    if (durable >= mine) {
                        return;
                    }
                    committing = true;
                    covered = applied;
                }
                boolean done = false;
                try {
                    commit.run();
                    done = true;
                } finally {
                    synchronized (this) {
                        committing = false;
                        if (done) {
                            durable = Math.max(durable, covered);
                        }
                        notifyAll();
                    }
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
