package org.gridsteward.photos;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.imageio.ImageIO;

/** Small real images of each accepted type, with and without the metadata a phone camera writes. */
public final class Images {
    /** A recognisable GPS value: 31°13'N, written into the EXIF of {@link #jpegWithLocation}. */
    public static final byte[] GPS_MARK = "GPS-31N13-121E28".getBytes(StandardCharsets.ISO_8859_1);
    /** A 1×1 lossless WebP. */
    private static final byte[] WEBP = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

    private Images() {}

    public static byte[] jpeg() {
        return encode("jpeg", 16, 8);
    }

    public static byte[] png() {
        return encode("png", 16, 8);
    }

    public static byte[] webp() {
        return WEBP.clone();
    }

    /**
     * A JPEG whose EXIF holds an orientation (6: rotate 90°), a GPS directory (its values stand in as
     * {@link #GPS_MARK}) and is followed by an XMP block and a comment naming the place.
     */
    public static byte[] jpegWithLocation() {
        byte[] plain = jpeg();
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 2 * 12 + 4 + 2 + 12 + 4 + GPS_MARK.length).order(ByteOrder.LITTLE_ENDIAN);
        tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        int gpsIfd = 8 + 2 + 2 * 12 + 4;
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) 6).putShort((short) 0);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsIfd);
        tiff.putInt(0);
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x0002).putShort((short) 2).putInt(GPS_MARK.length).putInt(gpsIfd + 2 + 12 + 4);
        tiff.putInt(0);
        tiff.put(GPS_MARK);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2);
        segment(out, 0xE1, concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), tiff.array()));
        segment(out, 0xE1, ("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>" + new String(GPS_MARK, StandardCharsets.ISO_8859_1) + "</x:xmpmeta>")
                .getBytes(StandardCharsets.ISO_8859_1));
        segment(out, 0xFE, GPS_MARK);
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    /** A PNG with a text chunk and an eXIf chunk naming the place. */
    public static byte[] pngWithLocation() {
        byte[] plain = png();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int afterHeader = 8 + 8 + 13 + 4;
        out.write(plain, 0, afterHeader);
        chunk(out, "tEXt", concat("Location\0".getBytes(StandardCharsets.ISO_8859_1), GPS_MARK));
        chunk(out, "eXIf", concat("MM\0*".getBytes(StandardCharsets.ISO_8859_1), GPS_MARK));
        out.write(plain, afterHeader, plain.length - afterHeader);
        return out.toByteArray();
    }

    /** A WebP in the extended format, its VP8X flags announcing the EXIF and XMP chunks that follow the image. */
    public static byte[] webpWithLocation() {
        byte[] image = java.util.Arrays.copyOfRange(WEBP, 12, WEBP.length);
        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        riffChunk(chunks, "VP8X", new byte[] {0x0C, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        chunks.writeBytes(image);
        riffChunk(chunks, "EXIF", concat("MM\0*".getBytes(StandardCharsets.ISO_8859_1), GPS_MARK));
        riffChunk(chunks, "XMP ", GPS_MARK);
        ByteBuffer out = ByteBuffer.allocate(12 + chunks.size()).order(ByteOrder.LITTLE_ENDIAN);
        out.put("RIFF".getBytes(StandardCharsets.ISO_8859_1)).putInt(4 + chunks.size()).put("WEBP".getBytes(StandardCharsets.ISO_8859_1));
        out.put(chunks.toByteArray());
        return out.array();
    }

    public static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static byte[] encode(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, (x * 16) << 16 | (y * 32) << 8 | 0x40);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void segment(ByteArrayOutputStream out, int marker, byte[] payload) {
        out.write(0xFF);
        out.write(marker);
        out.write((payload.length + 2) >> 8);
        out.write((payload.length + 2) & 0xFF);
        out.writeBytes(payload);
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.ISO_8859_1);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static void riffChunk(ByteArrayOutputStream out, String type, byte[] data) {
        out.writeBytes(type.getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(data.length).array());
        out.writeBytes(data);
        if (data.length % 2 == 1) {
            out.write(0);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
