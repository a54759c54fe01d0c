package vn.petitionboard.admin;

import java.time.LocalDate;

/** A public holiday (ngày nghỉ lễ) that working-day deadlines skip. */
public record Holiday(LocalDate date, String name) {
}
