package org.homeward.repatriation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.homeward.kernel.PlainText;

public record NoteInput(@NotBlank @Size(max = 4000) @PlainText(multiline = true) String text) {
}
