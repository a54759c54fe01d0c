package vn.petitionboard.petition;

/**
 * Something a user does to a petition through a dialog: a move of the life cycle ({@link Transition}) or an action
 * that leaves the board's column alone ({@link PetitionAction}). The dialogs show its label and mark themselves with
 * its name.
 */
public interface Step {

    String name();

    /** Message key of the step's name, e.g. "Giao xử lý". */
    String labelKey();
}
