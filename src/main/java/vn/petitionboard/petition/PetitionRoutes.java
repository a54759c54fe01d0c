package vn.petitionboard.petition;

/** The petition pages' routes, for features that link to them (the views' @Route paths say the same). */
public final class PetitionRoutes {

    private PetitionRoutes() {
    }

    /** One petition's page: petition/ui/PetitionDetailsView, "petitions/:id". */
    public static String details(PetitionId id) {
        return "petitions/" + id.value();
    }
}
