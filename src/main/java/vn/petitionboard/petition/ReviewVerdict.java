package vn.petitionboard.petition;

/** The Fatherland Front's verdict on an answer (review.verdict). */
public enum ReviewVerdict {
    ACCEPTED,
    RETURNED
}
