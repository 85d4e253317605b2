package org.homeward.duplicates;

/**
 * The statement of a pass over the registry (docs/adr/015-name-matching-across-conventions.md):
 * which pairs of records it proposes, and how it scores them.
 *
 * <p>Candidates are people of the same sex born within two years of each other or of unknown
 * birth whose primary name keys are all the same, or whose given and family names meet in some
 * reading (their blocks, {@code NameKeys#keyText(Names)}) when few people share them; and any two
 * records holding the same identity document, whatever their names. Blocking is what makes a pass
 * a join, not a million searches.
 * A pair is then weighed by what tells two namesakes apart: a name few others share, the same day
 * of birth, the same document, the same place of birth, a relative in common, a nationality.
 *
 * <p>Same names and sex alone score 0.5: in a registry where a hundred people may be called
 * Mohammed Ahmed al-Hassan, that is not a question worth an admin's time. A pair is proposed from
 * {@link #SHOWN}: the same name with more evidence (a rare name and a birth within a year of the
 * other; the same day of birth and a nationality; born within a year in the same place, of one
 * nationality), or a relative in common; and the same document on two records on its own (one
 * passport is one person, or a clerk's error someone must see).
 */
final class DuplicatePass {

    /** The least score of a proposed pair. */
    static final double SHOWN = 0.75;
    /** A name carried by at most this many people of one sex is rare: namesakes are few. */
    static final int RARE = 3;
    /**
     * The most people of one sex in a block (given and family name, in any spelling) whose pairs
     * are weighed: a larger block is a common name, whose namesakes are paired only when every
     * name part is the same.
     */
    static final int BLOCK = 50;

    static final String SQL = """
            with keyed as (
                select p.id, p.sex, p.date_of_birth,
                       array(select k from unnest(p.name_key_list) k where k ~ '^[A-Z0-9]' order by k) as signature
                  from person p
                 where p.merged_into is null and p.name_keys not in ('', '-')
            ), named as (
                select k.*, count(*) over (partition by k.signature, k.sex) as namesakes from keyed k
            ), documented as (
                select least(da.person_id, db.person_id) as a, greatest(da.person_id, db.person_id) as b
                  from identity_document da
                  join identity_document db on db.type = da.type and db.number = da.number
                                           and db.issuing_country = da.issuing_country and db.person_id <> da.person_id
                 group by 1, 2
            ), linked as (
                select person_id as person, relative_id as relative from relationship where removed_at is null
                union all
                select relative_id, person_id from relationship where removed_at is null
            ), related as (
                select distinct least(la.person, lb.person) as a, greatest(la.person, lb.person) as b
                  from linked la join linked lb on lb.relative = la.relative and lb.person <> la.person
            ), blocked as (
                select p.id, p.sex, p.date_of_birth, t as block, count(*) over (partition by t, p.sex) as size
                  from person p, unnest(p.name_key_list) t
                 where p.merged_into is null and left(t, 1) = '='
            ), candidates as (
                select a.id as a, b.id as b, true as same_names, a.namesakes
                  from named a
                  join named b on b.signature = a.signature and b.sex = a.sex and a.id < b.id
                 where a.date_of_birth is null or b.date_of_birth is null
                    or abs(a.date_of_birth - b.date_of_birth) <= 730
                union
                -- the same given and family names however spelled, in a block small enough to weigh
                select a.id, b.id, true, a.size
                  from blocked a
                  join blocked b on b.block = a.block and b.sex = a.sex and a.id < b.id
                 where a.size <= :block
                   and (a.date_of_birth is null or b.date_of_birth is null
                        or abs(a.date_of_birth - b.date_of_birth) <= 730)
                union
                select d.a, d.b, false, null from documented d
            ), evidence as (
                select c.a, c.b, bool_or(c.same_names) as same_names, min(c.namesakes) as namesakes,
                       pa.sex = pb.sex as same_sex,
                       pa.date_of_birth is not null and pb.date_of_birth is not null
                           and abs(pa.date_of_birth - pb.date_of_birth) <= 366 as born_near,
                       pa.date_of_birth_precision = 'EXACT' and pb.date_of_birth_precision = 'EXACT'
                           and pa.date_of_birth = pb.date_of_birth as same_day,
                       nullif(lower(trim(pa.place_of_birth)), '') = nullif(lower(trim(pb.place_of_birth)), '')
                           as same_birthplace
                  from candidates c
                  join person pa on pa.id = c.a
                  join person pb on pb.id = c.b
                 group by c.a, c.b, pa.sex, pb.sex, pa.date_of_birth, pb.date_of_birth, pa.date_of_birth_precision,
                          pb.date_of_birth_precision, pa.place_of_birth, pb.place_of_birth
            ), scored as (
                select e.*, d.a is not null as same_document, r.a is not null as relative,
                       exists (select 1 from person_nationality na join person_nationality nb on nb.country = na.country
                                where na.person_id = e.a and nb.person_id = e.b) as nationality
                  from evidence e
                  left join documented d on d.a = e.a and d.b = e.b
                  left join related r on r.a = e.a and r.b = e.b
            ), weighed as (
                select s.*, least(1.0,
                         case when s.same_names then 0.5 else 0 end
                       + case when s.same_names and s.namesakes <= :rare then 0.15 else 0 end
                       + case when s.same_day then 0.2 when s.born_near then 0.1 else 0 end
                       + case when s.same_document then 0.75 else 0 end
                       + case when coalesce(s.same_birthplace, false) then 0.1 else 0 end
                       + case when s.relative then 0.25 else 0 end
                       + case when s.nationality then 0.05 else 0 end) as score
                  from scored s
                 where s.same_sex or s.same_document
            )
            insert into duplicate_pair (id, person_a, person_b, score, reasons, found_at)
            select gen_random_uuid(), w.a, w.b, w.score,
                   concat_ws(',', case when w.same_names then 'NAMES' end,
                             case when w.same_names and w.namesakes <= :rare then 'RARE_NAME' end,
                             case when w.same_sex then 'SEX' end,
                             case when w.same_day then 'SAME_DAY' when w.born_near then 'BORN' end,
                             case when w.same_document then 'DOCUMENT' end,
                             case when coalesce(w.same_birthplace, false) then 'BIRTHPLACE' end,
                             case when w.relative then 'RELATIVE' end,
                             case when w.nationality then 'NATIONALITY' end),
                   now()
              from weighed w
             where w.score >= :shown
            on conflict (person_a, person_b) do nothing""";

    private DuplicatePass() {
    }
}
