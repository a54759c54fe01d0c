package vn.petitionboard.petition.live;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.petitionboard.petition.HistoryEvent;
import vn.petitionboard.petition.PetitionMoved;
import vn.petitionboard.petition.PetitionsImported;

/**
 * Writes each petition change to the live feed in the command's own transaction (a synchronous listener): a
 * rolled-back change reaches no page, a committed one reaches every instance's pages.
 */
@Component
class LiveChangeRecorder {

    private final LiveChangeStore store;

    LiveChangeRecorder(LiveChangeStore store) {
        this.store = store;
    }

    @EventListener
    void on(PetitionMoved change) {
        store.insert(change);
    }

    @EventListener
    void on(PetitionsImported imported) {
        store.insertUnitWide(imported.unit(), HistoryEvent.IMPORTED, imported.actor(), imported.at());
    }
}
