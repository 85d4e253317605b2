package org.homeward.repatriation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record NoteInput(@NotBlank @Size(max = 4000) String text) {
}
