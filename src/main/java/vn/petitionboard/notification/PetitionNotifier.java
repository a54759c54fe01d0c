package vn.petitionboard.notification;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.petitionboard.petition.PetitionMoved;
import vn.petitionboard.security.Colleagues;
import vn.petitionboard.security.UserId;

/**
 * Records who is told of a petition's change. A plain {@code @EventListener} runs synchronously in the command's
 * transaction: the rows commit with the change or not at all, and they are the outbox later e-mail and push read.
 */
@Component
class PetitionNotifier {

    private final Colleagues colleagues;
    private final NotificationStore store;

    PetitionNotifier(Colleagues colleagues, NotificationStore store) {
        this.colleagues = colleagues;
        this.store = store;
    }

    @EventListener
    void on(PetitionMoved change) {
        Set<UserId> told = new LinkedHashSet<>();
        told.add(change.actor()); // never the one who acted
        for (Audience audience : NotificationRules.of(change)) {
            List<UserId> recipients = colleagues.withAnyRole(change.unit(), audience.roles(), audience.department())
                    .stream().filter(told::add).toList();
            store.insert(recipients, audience.kind(), change);
        }
    }
}
