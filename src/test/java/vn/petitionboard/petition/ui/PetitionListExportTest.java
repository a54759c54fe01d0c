package vn.petitionboard.petition.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import vn.petitionboard.petition.PetitionListFilter;
import vn.petitionboard.petition.PetitionState;

class PetitionListExportTest {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 12, 2, 14, 30);

    @Test
    void the_file_name_says_what_was_exported_and_when() {
        assertThat(PetitionListExport.fileName(PetitionListFilter.all(), AT))
                .isEqualTo("kien-nghi-2026-12-02-1430.xlsx");
        assertThat(PetitionListExport.fileName(PetitionListFilter.all().withYear(2025)
                .withState(PetitionState.IN_PROGRESS).withOverdue(true).withText("Đất đai, GPMB!"), AT))
                .isEqualTo("kien-nghi-nam-2025-in-progress-qua-han-dat-dai-gpmb-2026-12-02-1430.xlsx");
    }

    @Test
    void two_exports_a_minute_apart_have_different_names() {
        assertThat(PetitionListExport.fileName(PetitionListFilter.all(), AT))
                .isNotEqualTo(PetitionListExport.fileName(PetitionListFilter.all(), AT.plusMinutes(1)));
    }
}
