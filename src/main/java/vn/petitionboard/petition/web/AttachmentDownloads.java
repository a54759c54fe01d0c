package vn.petitionboard.petition.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.petitionboard.petition.AttachmentFile;
import vn.petitionboard.petition.PetitionId;
import vn.petitionboard.petition.PetitionQueryService;
import vn.petitionboard.security.CurrentUser;
import vn.petitionboard.security.SignedInUser;
import vn.petitionboard.security.account.ui.NewPasswordView;

/**
 * Attachments at stable addresses ({@code /attachments/<petition>/<file>/<name>}) that a colleague can open from a
 * message and that still work after a reload: every request asks the service, whose query checks that the signed-in
 * user may see the petition; a file of a petition they may not see is "not found", like one that does not exist.
 * Anonymous requests go to the login page (Spring Security). The name in the address is for people and browsers
 * only; the bytes stream one database piece at a time. A user who must first choose their own password is sent to
 * that page, as from any page of the app.
 */
@RestController
public class AttachmentDownloads {

    static final String PATH = "/attachments/{petition}/{attachment}/{name}";
    static final String NOT_FOUND = "Không tìm thấy tệp này, hoặc bạn không có quyền xem kiến nghị chứa nó.";

    private final PetitionQueryService petitions;
    private final CurrentUser currentUser;

    AttachmentDownloads(PetitionQueryService petitions, CurrentUser currentUser) {
        this.petitions = petitions;
        this.currentUser = currentUser;
    }

    /** The address of a petition's attachment, relative to the app's root (a page's base). */
    public static String url(PetitionId petition, long attachment, String fileName) {
        return "attachments/" + petition.value() + "/" + attachment + "/"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @GetMapping(PATH)
    void download(@PathVariable long petition, @PathVariable long attachment, @PathVariable String name,
            HttpServletResponse response) throws IOException {
        // As every page of the app: a user signed in with a password an administrator gave chooses their own first.
        if (currentUser.find().filter(SignedInUser::mustChangePassword).isPresent()) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader(HttpHeaders.LOCATION, "/" + NewPasswordView.ROUTE);
            return;
        }
        Optional<AttachmentFile> found = petitions.attachment(new PetitionId(petition), attachment);
        if (found.isEmpty()) {
            // Written here, not through the container's error page (which the security chain would refuse with 403).
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(NOT_FOUND);
            return;
        }
        AttachmentFile file = found.get();
        // The type is the one the server decided when the file was checked, never the uploader's browser's.
        response.setContentType(file.contentType());
        response.setContentLengthLong(file.sizeBytes());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(file.fileName(), StandardCharsets.UTF_8).build().toString());
        try (InputStream in = file.open()) {
            in.transferTo(response.getOutputStream());
        }
    }
}
