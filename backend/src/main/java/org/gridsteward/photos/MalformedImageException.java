package org.gridsteward.photos;

/** The content starts like an image of its type but its structure cannot be followed to the end. */
public final class MalformedImageException extends Exception {
    public MalformedImageException(String message) {
        super(message);
    }
}
