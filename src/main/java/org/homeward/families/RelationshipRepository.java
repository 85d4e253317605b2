package org.homeward.families;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Family links still in force (removed ones stay in the table, for the record). */
@ApplicationScoped
public class RelationshipRepository implements PanacheRepositoryBase<Relationship, UUID> {

    /** Every link of a person, whichever side of it they are on. */
    public List<Relationship> of(UUID personId) {
        return list("(personId = ?1 or relativeId = ?1) and removedAt is null order by recordedAt", personId);
    }

    /** The links from some people to their children, for siblings through a shared parent. */
    public List<Relationship> childrenOf(Collection<UUID> parents) {
        return parents.isEmpty() ? List.of()
                : list("type in ?1 and personId in ?2 and removedAt is null order by recordedAt",
                        List.of(RelationshipType.MOTHER_OF, RelationshipType.FATHER_OF), parents);
    }

    public boolean hasParent(UUID child, RelationshipType type) {
        return count("type = ?1 and relativeId = ?2 and removedAt is null", type, child) > 0;
    }

    /** Any link of this type between the two, in either direction. */
    public boolean linked(UUID one, UUID other, RelationshipType type) {
        return count("type = ?1 and ((personId = ?2 and relativeId = ?3) or (personId = ?3 and relativeId = ?2))"
                + " and removedAt is null", type, one, other) > 0;
    }

    /** Whether {@code ancestor} is a parent, grandparent, ... of {@code person}. */
    public boolean isAncestor(UUID ancestor, UUID person) {
        return (Boolean) getEntityManager().createNativeQuery("""
                with recursive ancestors (id) as (
                    select person_id from relationship
                     where relative_id = :person and type in ('MOTHER_OF', 'FATHER_OF') and removed_at is null
                    union
                    select r.person_id from relationship r join ancestors a on r.relative_id = a.id
                     where r.type in ('MOTHER_OF', 'FATHER_OF') and r.removed_at is null)
                select exists (select 1 from ancestors where id = :ancestor)""")
                .setParameter("person", person).setParameter("ancestor", ancestor).getSingleResult();
    }
}
