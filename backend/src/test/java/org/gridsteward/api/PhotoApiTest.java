package org.gridsteward.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.gridsteward.photos.Images;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@QuarkusTest
class PhotoApiTest {
    private static final int MAX_PHOTO_BYTES = 5 * 1024 * 1024;

    static Stream<Arguments> eachAcceptedType() {
        return Stream.of(Arguments.of("image/jpeg", Images.jpeg()), Arguments.of("image/png", Images.png()),
                Arguments.of("image/webp", Images.webp()));
    }

    // ---------------------------------------------------------------- uploading

    @ParameterizedTest(name = "{0}")
    @MethodSource("eachAcceptedType")
    void eachAcceptedTypeIsStoredAndAnsweredWithItsId(String type, byte[] image) {
        upload(type, image).statusCode(201)
                .body("photoId", matchesPattern("[A-Za-z0-9_-]{22}"))
                .body("contentType", equalTo(type))
                .body("bytes", equalTo(image.length));
    }

    @Test
    void contentThatIsNotTheDeclaredTypeIs415() {
        problem(upload("image/jpeg", Images.png()), 415, "image-type-mismatch")
                .body("errors.field", hasItem("Content-Type"));
        problem(upload("image/png", "not an image at all".getBytes(StandardCharsets.UTF_8)), 415, "image-type-mismatch");
    }

    @Test
    void aTypeOtherThanJpegPngOrWebpIs415() {
        problem(upload("image/gif", "GIF89a\1\0\1\0".getBytes(StandardCharsets.ISO_8859_1)), 415, "unsupported-image-type");
    }

    @Test
    void anEmptyBodyIs400() {
        problem(upload("image/jpeg", new byte[0]), 400, "empty-photo");
    }

    @Test
    void aMalformedImageIs400() {
        byte[] jpeg = Images.jpeg();
        problem(upload("image/jpeg", java.util.Arrays.copyOf(jpeg, jpeg.length / 2)), 400, "malformed-image");
    }

    @Test
    void aDeclaredLengthOverThePhotoLimitIs413BeforeAnyOfTheBodyIsSent() throws IOException {
        try (Socket socket = connect()) {
            socket.getOutputStream().write(("POST /api/photos HTTP/1.1\r\nHost: localhost\r\nContent-Type: image/jpeg\r\n"
                    + "Content-Length: " + (MAX_PHOTO_BYTES + 1) + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();

            String response = readResponse(socket.getInputStream());
            assertThat(response).startsWith("HTTP/1.1 413").contains("urn:grid-steward:problem:body-too-large");
        }
    }

    @Test
    void aPhotoOverTheApisGeneralLimitIsAccepted() {
        byte[] large = java.util.Arrays.copyOf(Images.jpeg(), 1024 * 1024);
        // Zeros after the image's end: accepted as sent, and dropped from what is stored.
        upload("image/jpeg", large).statusCode(201).body("bytes", equalTo(Images.jpeg().length));
    }

    @Test
    void anEndlessChunkedBodyIs413AfterThePhotoLimitWithoutBeingReadToTheEnd() throws Exception {
        long endless = 1L << 30;
        AtomicLong sent = new AtomicLong();
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/photos HTTP/1.1\r\nHost: localhost\r\nContent-Type: image/jpeg\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            Thread writer = new Thread(() -> {
                byte[] chunk = new byte[64 * 1024];
                chunk[0] = (byte) 0xFF;
                chunk[1] = (byte) 0xD8;
                chunk[2] = (byte) 0xFF;
                byte[] head = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
                try {
                    while (sent.get() < endless) {
                        out.write(head);
                        out.write(chunk);
                        out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                        sent.addAndGet(chunk.length);
                    }
                } catch (IOException closedByTheServer) {
                    // expected: the server stops reading and closes the connection
                }
            });
            writer.setDaemon(true);
            writer.start();

            String response = readResponse(socket.getInputStream());
            writer.join(30_000);

            assertThat(response).startsWith("HTTP/1.1 413");
            assertThat(writer.isAlive()).as("the server closed the connection").isFalse();
            assertThat(sent.get()).as("bytes sent before the server stopped reading").isLessThan(64L * 1024 * 1024);
        }
    }

    @Test
    void otherPathsStillRefuseAChunkedBodyOverTheApisGeneralLimit() throws Exception {
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/reports HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Idempotency-Key: " + UUID.randomUUID() + "\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            byte[] chunk = ("{\"description\":\"" + "x".repeat(100_000)).getBytes(StandardCharsets.ISO_8859_1);
            try {
                out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.write(chunk);
                out.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            } catch (IOException closedByTheServer) {
                // the answer may come, and the connection close, before all of it is written
            }

            assertThat(readResponse(socket.getInputStream())).startsWith("HTTP/1.1 413");
        }
    }

    // ---------------------------------------------------------------- photos on reports

    @Test
    void photosSentWithAReportAreReadBackWithItsReceiptAndByStaff() {
        String jpeg = uploadedId("image/jpeg", Images.jpegWithLocation());
        String png = uploadedId("image/png", Images.png());
        JsonPath report = submit(List.of(jpeg, png)).statusCode(201).extract().jsonPath();
        String path = "/api/reports/" + report.getString("reportId") + "/photos/";

        byte[] byResident = SignIn.bearer(report.getString("receipt")).get(path + jpeg).then().statusCode(200)
                .contentType("image/jpeg")
                .header("Cache-Control", equalTo("private, max-age=86400"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Content-Disposition", equalTo("inline; filename=\"" + jpeg + ".jpg\""))
                .extract().asByteArray();
        byte[] byStaff = SignIn.as(SignIn.DISPATCHER).get(path + png).then().statusCode(200).contentType("image/png")
                .extract().asByteArray();

        assertThat(Images.contains(byResident, Images.GPS_MARK)).as("location removed").isFalse();
        assertThat(org.gridsteward.photos.ImageType.of(byResident)).contains(org.gridsteward.photos.ImageType.JPEG);
        assertThat(byStaff).isEqualTo(Images.png());
        SignIn.bearer(report.getString("receipt")).get("/api/reports/" + report.getString("reportId")).then().statusCode(200);
    }

    @Test
    void aStrangersReceiptMayNotReadAReportsPhoto() {
        String photo = uploadedId("image/png", Images.png());
        String reportId = submit(List.of(photo)).statusCode(201).extract().path("reportId");
        String strangersReceipt = submit(null).statusCode(201).extract().path("receipt");

        problem(SignIn.bearer(strangersReceipt).get("/api/reports/" + reportId + "/photos/" + photo).then(), 403, "forbidden");
        given().get("/api/reports/" + reportId + "/photos/" + photo).then().statusCode(401);
    }

    @Test
    void aPhotoIsNotFoundUnderAReportThatDoesNotCarryIt() {
        String photo = uploadedId("image/png", Images.png());
        submit(List.of(photo)).statusCode(201);
        String other = submit(null).statusCode(201).extract().path("reportId");

        problem(SignIn.as(SignIn.ADMIN).get("/api/reports/" + other + "/photos/" + photo).then(), 404, "not-found");
        problem(SignIn.as(SignIn.ADMIN).get("/api/reports/" + other + "/photos/AAAAAAAAAAAAAAAAAAAAAA").then(), 404, "not-found");
    }

    @Test
    void anUnknownPhotoIdRefusesTheSubmissionNamingTheField() {
        String photo = uploadedId("image/png", Images.png());

        problem(submit(List.of(photo, "AAAAAAAAAAAAAAAAAAAAAA")), 400, "photo-not-attachable")
                .body("errors[0].field", equalTo("photoIds[1]"));
        // Refused as a whole: the photo it did know is still free for the resident's next try.
        submit(List.of(photo)).statusCode(201);
    }

    @Test
    void aPhotoAlreadySentWithOneReportCannotBeSentWithAnother() {
        String photo = uploadedId("image/webp", Images.webp());
        submit(List.of(photo)).statusCode(201);

        problem(submit(List.of(photo)), 400, "photo-not-attachable").body("errors[0].field", equalTo("photoIds[0]"));
    }

    @Test
    void aRetriedSubmissionKeepsItsPhotos() {
        String photo = uploadedId("image/png", Images.png());
        String key = UUID.randomUUID().toString();

        String first = submit(List.of(photo), key).statusCode(201).extract().path("reportId");
        String again = submit(List.of(photo), key).statusCode(201).extract().path("reportId");

        assertThat(again).isEqualTo(first);
    }

    @Test
    void aSubmissionRefusedByTheReportsRulesLeavesItsPhotosFree() {
        String photo = uploadedId("image/png", Images.png());
        given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"gridId\":\"g-no-such-grid\",\"categoryId\":\"parking\",\"description\":\"楼道堆物\",\"photoIds\":[\"" + photo + "\"]}")
                .post("/api/reports").then().statusCode(422);

        submit(List.of(photo)).statusCode(201);
    }

    @Test
    void moreThanFourPhotosOrAMalformedIdIs400() {
        problem(submit(List.of("a", "b", "c", "d", "e")), 400, "invalid-fields");
        problem(submit(List.of("../../etc/passwd")), 400, "invalid-fields").body("errors[0].field", matchesPattern("photoIds.*"));
    }

    // ---------------------------------------------------------------- helpers

    static ValidatableResponse upload(String type, byte[] image) {
        return given().contentType(type).body(image).post("/api/photos").then();
    }

    static String uploadedId(String type, byte[] image) {
        return upload(type, image).statusCode(201).extract().path("photoId");
    }

    private static ValidatableResponse submit(List<String> photoIds) {
        return submit(photoIds, UUID.randomUUID().toString());
    }

    private static ValidatableResponse submit(List<String> photoIds, String key) {
        String photos = photoIds == null ? "" : ",\"photoIds\":[" + String.join(",", photoIds.stream().map(p -> "\"" + p + "\"").toList()) + "]";
        return given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body("{\"gridId\":\"g-01-01\",\"categoryId\":\"parking\",\"description\":\"楼道堆物\"" + photos + "}")
                .post("/api/reports").then();
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status, String type) {
        return response.statusCode(status).contentType("application/problem+json")
                .body("type", equalTo("urn:grid-steward:problem:" + type));
    }

    private static Socket connect() throws IOException {
        Socket socket = new Socket("localhost", RestAssured.port);
        socket.setSoTimeout(30_000);
        return socket;
    }

    /** The status line, headers and whatever body arrives before the server closes the connection or stops. */
    private static String readResponse(InputStream in) throws IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            int n;
            while ((n = in.read(buffer)) > 0) {
                read.write(buffer, 0, n);
                String text = read.toString(StandardCharsets.ISO_8859_1);
                int headersEnd = text.indexOf("\r\n\r\n");
                if (headersEnd >= 0 && isComplete(text, headersEnd)) {
                    break;
                }
            }
        } catch (java.net.SocketException reset) {
            // the server may close the connection right after its answer
        }
        return read.toString(StandardCharsets.ISO_8859_1);
    }

    private static boolean isComplete(String text, int headersEnd) {
        String headers = text.substring(0, headersEnd).toLowerCase();
        int at = headers.indexOf("content-length:");
        if (at < 0) {
            return false;
        }
        int length = Integer.parseInt(headers.substring(at + 15, headers.indexOf('\r', at) < 0 ? headers.length() : headers.indexOf('\r', at)).trim());
        return text.length() - headersEnd - 4 >= length;
    }
}
