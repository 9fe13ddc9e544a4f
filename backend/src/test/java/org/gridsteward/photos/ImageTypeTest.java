package org.gridsteward.photos;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImageTypeTest {
    @Test
    void eachTypeIsKnownByItsMagicNumber() {
        assertThat(ImageType.of(Images.jpeg())).contains(ImageType.JPEG);
        assertThat(ImageType.of(Images.png())).contains(ImageType.PNG);
        assertThat(ImageType.of(Images.webp())).contains(ImageType.WEBP);
        assertThat(ImageType.of("GIF89a".getBytes())).isEmpty();
        assertThat(ImageType.of(new byte[] {(byte) 0xFF})).isEmpty();
    }

    @Test
    void aDeclaredTypeIsReadWithoutItsParametersOrCase() {
        assertThat(ImageType.declaredBy("Image/JPEG; q=1")).contains(ImageType.JPEG);
        assertThat(ImageType.declaredBy("image/webp")).contains(ImageType.WEBP);
        assertThat(ImageType.declaredBy("image/gif")).isEmpty();
        assertThat(ImageType.declaredBy(null)).isEmpty();
    }
}
