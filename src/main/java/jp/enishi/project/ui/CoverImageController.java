package jp.enishi.project.ui;

import java.time.Duration;

import jp.enishi.project.ProjectBoard;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public projects' cover images at a stable address, for the board, the project page and the Open Graph card that
 * SNS sites fetch without running JavaScript. Drafts' covers are not served here.
 */
@RestController
class CoverImageController {

    private final ProjectBoard board;

    CoverImageController(ProjectBoard board) {
        this.board = board;
    }

    static String path(long projectId) {
        return "/media/projects/" + projectId + "/cover";
    }

    @GetMapping("/media/projects/{projectId}/cover")
    ResponseEntity<byte[]> cover(@PathVariable long projectId) {
        return board.publicCover(projectId)
                .map(image -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(image.contentType()))
                        .cacheControl(CacheControl.maxAge(Duration.ofMinutes(10)).cachePublic())
                        .header("X-Content-Type-Options", "nosniff")
                        .body(image.bytes()))
                .orElse(ResponseEntity.notFound().build());
    }
}
