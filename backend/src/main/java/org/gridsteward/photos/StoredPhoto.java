package org.gridsteward.photos;

/** A photo as stored: what the uploader is told, and what a reader is sent with it. */
public record StoredPhoto(String photoId, String contentType, long bytes, String sha256) {}
