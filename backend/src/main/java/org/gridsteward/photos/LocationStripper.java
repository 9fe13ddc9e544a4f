package org.gridsteward.photos;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * Removes from a photo everything but the picture: EXIF (with the GPS position of the resident's home a phone
 * camera writes into it), XMP, IPTC, comments, text chunks and anything appended after the image's end. A JPEG's
 * orientation is the one EXIF value kept, rewritten into a minimal EXIF block of its own, so a photo taken with
 * the phone held upright is still shown upright. Colour profiles and the image data are copied unchanged; nothing
 * is decoded or re-encoded.
 */
public final class LocationStripper {
    private static final byte[] EXIF_HEADER = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
    private static final Set<String> PNG_METADATA_CHUNKS = Set.of("eXIf", "tEXt", "zTXt", "iTXt", "tIME");
    private static final Set<String> WEBP_METADATA_CHUNKS = Set.of("EXIF", "XMP ");
    private static final int VP8X_EXIF_FLAG = 0x08;
    private static final int VP8X_XMP_FLAG = 0x04;
    private static final int ORIENTATION_TAG = 0x0112;

    private LocationStripper() {}

    public static byte[] strip(ImageType type, byte[] image) throws MalformedImageException {
        try {
            return switch (type) {
                case JPEG -> jpeg(image);
                case PNG -> png(image);
                case WEBP -> webp(image);
            };
        } catch (IndexOutOfBoundsException truncated) {
            throw new MalformedImageException("the " + type.name() + " image ends in the middle of a segment");
        }
    }

    // ---------------------------------------------------------------- JPEG

    private static byte[] jpeg(byte[] in) throws MalformedImageException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, 2);
        int at = 2;
        while (true) {
            if ((in[at] & 0xFF) != 0xFF) {
                throw new MalformedImageException("the JPEG image has data where a segment should start (byte " + at + ")");
            }
            while ((in[at + 1] & 0xFF) == 0xFF) {
                at++; // fill bytes before a marker
            }
            int marker = in[at + 1] & 0xFF;
            if (marker == 0xD9) {
                out.write(in, at, 2);
                return out.toByteArray(); // whatever follows the image's end is not copied
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                out.write(in, at, 2);
                at += 2;
                continue;
            }
            int length = u16be(in, at + 2);
            if (length < 2) {
                throw new MalformedImageException("the JPEG image has a segment of impossible length at byte " + at);
            }
            int end = at + 2 + length;
            if (end > in.length) {
                throw new IndexOutOfBoundsException();
            }
            if (marker == 0xE1) {
                int orientation = exifOrientation(in, at + 4, end);
                if (orientation > 1 && orientation <= 8) {
                    out.writeBytes(orientationOnly(orientation));
                }
            } else if (keptJpegSegment(marker, in, at + 4, end)) {
                out.write(in, at, end - at);
            }
            at = end;
            if (marker == 0xDA) {
                int next = endOfScan(in, at);
                out.write(in, at, next - at);
                at = next;
            }
        }
    }

    /**
     * Image data (DQT, SOF, DHT, SOS, DRI and the like), JFIF, ICC colour profiles and Adobe's colour transform;
     * every other application segment (EXIF and XMP in APP1, IPTC in APP13, multi-picture indexes, makers' own)
     * and comments are dropped.
     */
    private static boolean keptJpegSegment(int marker, byte[] in, int payload, int end) {
        if (marker == 0xFE) {
            return false;
        }
        if (marker < 0xE0 || marker > 0xEF) {
            return true;
        }
        return marker == 0xE0
                || (marker == 0xE2 && startsWith(in, payload, end, "ICC_PROFILE\0"))
                || (marker == 0xEE && startsWith(in, payload, end, "Adobe"));
    }

    /** Where the entropy-coded data after a scan header ends: at the next marker that is not a restart. */
    private static int endOfScan(byte[] in, int at) {
        int i = at;
        while (true) {
            if ((in[i] & 0xFF) == 0xFF) {
                int next = in[i + 1] & 0xFF;
                if (next != 0x00 && next != 0xFF && !(next >= 0xD0 && next <= 0xD7)) {
                    return i;
                }
            }
            i++;
        }
    }

    /** The orientation in an APP1 EXIF block, or 0 when it has none (or is XMP). */
    private static int exifOrientation(byte[] in, int payload, int end) {
        if (!startsWith(in, payload, end, EXIF_HEADER)) {
            return 0;
        }
        int tiff = payload + EXIF_HEADER.length;
        if (tiff + 8 > end) {
            return 0;
        }
        boolean littleEndian = in[tiff] == 'I' && in[tiff + 1] == 'I';
        long ifd = u32(in, tiff + 4, littleEndian);
        if (ifd < 8 || tiff + ifd + 2 > end) {
            return 0;
        }
        int entries = u16(in, tiff + (int) ifd, littleEndian);
        for (int e = 0; e < entries; e++) {
            int entry = tiff + (int) ifd + 2 + 12 * e;
            if (entry + 12 > end) {
                return 0;
            }
            if (u16(in, entry, littleEndian) == ORIENTATION_TAG && u16(in, entry + 2, littleEndian) == 3) {
                return u16(in, entry + 8, littleEndian);
            }
        }
        return 0;
    }

    /** An APP1 segment whose EXIF holds the orientation and nothing else. */
    private static byte[] orientationOnly(int orientation) {
        byte[] tiff = {
                'M', 'M', 0, 42, 0, 0, 0, 8, // big-endian, first directory right after this header
                0, 1, // one entry
                0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0, // Orientation, SHORT, 1 value
                0, 0, 0, 0}; // no further directory
        int length = 2 + EXIF_HEADER.length + tiff.length;
        ByteArrayOutputStream segment = new ByteArrayOutputStream(length + 2);
        segment.write(0xFF);
        segment.write(0xE1);
        segment.write(length >> 8);
        segment.write(length & 0xFF);
        segment.writeBytes(EXIF_HEADER);
        segment.writeBytes(tiff);
        return segment.toByteArray();
    }

    // ---------------------------------------------------------------- PNG

    private static byte[] png(byte[] in) throws MalformedImageException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, 8);
        int at = 8;
        while (true) {
            long length = u32(in, at, false);
            if (length > in.length) {
                throw new MalformedImageException("the PNG image has a chunk of impossible length at byte " + at);
            }
            String type = new String(in, at + 4, 4, StandardCharsets.ISO_8859_1);
            int end = at + 12 + (int) length;
            if (end > in.length) {
                throw new IndexOutOfBoundsException();
            }
            if (!PNG_METADATA_CHUNKS.contains(type)) {
                out.write(in, at, end - at);
            }
            at = end;
            if (type.equals("IEND")) {
                return out.toByteArray();
            }
        }
    }

    // ---------------------------------------------------------------- WebP

    private static byte[] webp(byte[] in) throws MalformedImageException {
        long declared = u32(in, 4, true);
        int end = (int) Math.min(in.length, 8 + declared);
        ByteArrayOutputStream chunks = new ByteArrayOutputStream(in.length);
        int at = 12;
        while (at + 8 <= end) {
            String type = new String(in, at, 4, StandardCharsets.ISO_8859_1);
            long size = u32(in, at + 4, true);
            if (size > in.length) {
                throw new MalformedImageException("the WebP image has a chunk of impossible length at byte " + at);
            }
            int next = at + 8 + (int) size + (int) (size & 1);
            if (at + 8 + size > in.length) {
                throw new IndexOutOfBoundsException();
            }
            if (!WEBP_METADATA_CHUNKS.contains(type)) {
                // A last odd-sized chunk may lack its padding byte; the copy has it.
                byte[] chunk = Arrays.copyOfRange(in, at, next);
                if (type.equals("VP8X") && size >= 1) {
                    chunk[8] &= (byte) ~(VP8X_EXIF_FLAG | VP8X_XMP_FLAG);
                }
                chunks.writeBytes(chunk);
            }
            at = next;
        }
        if (chunks.size() == 0) {
            throw new MalformedImageException("the WebP image holds no image data");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(chunks.size() + 12);
        out.writeBytes(new byte[] {'R', 'I', 'F', 'F'});
        int riffSize = 4 + chunks.size();
        out.write(riffSize & 0xFF);
        out.write((riffSize >> 8) & 0xFF);
        out.write((riffSize >> 16) & 0xFF);
        out.write((riffSize >> 24) & 0xFF);
        out.writeBytes(new byte[] {'W', 'E', 'B', 'P'});
        out.writeBytes(chunks.toByteArray());
        return out.toByteArray();
    }

    // ---------------------------------------------------------------- bytes

    private static boolean startsWith(byte[] in, int at, int end, String prefix) {
        return startsWith(in, at, end, prefix.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static boolean startsWith(byte[] in, int at, int end, byte[] prefix) {
        if (at + prefix.length > end) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (in[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int u16be(byte[] in, int at) {
        return u16(in, at, false);
    }

    private static int u16(byte[] in, int at, boolean littleEndian) {
        int a = in[at] & 0xFF;
        int b = in[at + 1] & 0xFF;
        return littleEndian ? (b << 8) | a : (a << 8) | b;
    }

    private static long u32(byte[] in, int at, boolean littleEndian) {
        long value = 0;
        for (int i = 0; i < 4; i++) {
            int b = in[littleEndian ? at + 3 - i : at + i] & 0xFF;
            value = (value << 8) | b;
        }
        return value;
    }
}
