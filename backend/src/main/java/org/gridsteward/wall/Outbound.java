package org.gridsteward.wall;

import java.util.concurrent.CompletionStage;

/** One display's connection, as the wall sees it: text goes out, one frame at a time. */
public interface Outbound {
    /** Completes once the frame has left; a failure ends the subscription. */
    CompletionStage<Void> send(String text);
}
