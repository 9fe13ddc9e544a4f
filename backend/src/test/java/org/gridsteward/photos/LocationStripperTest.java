package org.gridsteward.photos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class LocationStripperTest {
    @Test
    void aJpegLosesItsLocationButKeepsItsOrientationAndStillDecodes() throws Exception {
        byte[] original = Images.jpegWithLocation();
        assertThat(Images.contains(original, Images.GPS_MARK)).isTrue();

        byte[] stripped = LocationStripper.strip(ImageType.JPEG, original);

        assertThat(Images.contains(stripped, Images.GPS_MARK)).isFalse();
        assertThat(Images.contains(stripped, "Exif\0\0MM\0*".getBytes())).isTrue();
        assertThat(Images.contains(stripped, new byte[] {0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6})).as("orientation 6").isTrue();
        assertDecodesAs(stripped, Images.jpeg());
    }

    @Test
    void aJpegWithoutMetadataIsKeptByteForByte() throws Exception {
        byte[] plain = Images.jpeg();

        assertThat(LocationStripper.strip(ImageType.JPEG, plain)).isEqualTo(plain);
    }

    @Test
    void whatFollowsTheEndOfAJpegIsDropped() throws Exception {
        byte[] plain = Images.jpeg();
        byte[] withTrailer = Arrays.copyOf(plain, plain.length + Images.GPS_MARK.length);
        System.arraycopy(Images.GPS_MARK, 0, withTrailer, plain.length, Images.GPS_MARK.length);

        assertThat(LocationStripper.strip(ImageType.JPEG, withTrailer)).isEqualTo(plain);
    }

    @Test
    void aPngLosesItsTextAndExifChunksAndStillDecodes() throws Exception {
        byte[] stripped = LocationStripper.strip(ImageType.PNG, Images.pngWithLocation());

        assertThat(Images.contains(stripped, Images.GPS_MARK)).isFalse();
        assertThat(stripped).isEqualTo(Images.png());
        assertDecodesAs(stripped, Images.png());
    }

    @Test
    void aWebpLosesItsExifAndXmpChunksAndItsFlagsAndSizeAgree() throws Exception {
        byte[] stripped = LocationStripper.strip(ImageType.WEBP, Images.webpWithLocation());

        assertThat(Images.contains(stripped, Images.GPS_MARK)).isFalse();
        ByteBuffer riff = ByteBuffer.wrap(stripped).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(riff.getInt(4)).isEqualTo(stripped.length - 8);
        assertThat(new String(stripped, 12, 4)).isEqualTo("VP8X");
        assertThat(stripped[20] & 0x0C).as("EXIF and XMP flags").isZero();
        assertThat(Images.contains(stripped, "VP8L".getBytes())).isTrue();
    }

    @Test
    void aTruncatedImageIsMalformed() {
        byte[] jpeg = Images.jpeg();
        byte[] png = Images.png();

        assertThatThrownBy(() -> LocationStripper.strip(ImageType.JPEG, Arrays.copyOf(jpeg, jpeg.length / 2)))
                .isInstanceOf(MalformedImageException.class);
        assertThatThrownBy(() -> LocationStripper.strip(ImageType.PNG, Arrays.copyOf(png, png.length - 6)))
                .isInstanceOf(MalformedImageException.class);
        assertThatThrownBy(() -> LocationStripper.strip(ImageType.WEBP, Arrays.copyOf(Images.webp(), 14)))
                .isInstanceOf(MalformedImageException.class);
    }

    private static void assertDecodesAs(byte[] stripped, byte[] reference) throws Exception {
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(stripped));
        BufferedImage expected = ImageIO.read(new ByteArrayInputStream(reference));
        assertThat(decoded).isNotNull();
        assertThat(decoded.getWidth()).isEqualTo(expected.getWidth());
        assertThat(decoded.getHeight()).isEqualTo(expected.getHeight());
        assertThat(decoded.getRGB(3, 3)).isEqualTo(expected.getRGB(3, 3));
    }
}
