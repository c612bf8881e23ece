package jp.enishi.selection;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SlotInvitationRepository extends JpaRepository<SlotInvitation, Long> {

    @Query("select i.applicationId from SlotInvitation i where i.applicationId in ?1")
    List<Long> invitedAmong(Collection<Long> applicationIds);
}
