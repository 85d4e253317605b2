-- Name keys now carry alternate readings (+KEY), broad forms (~KEY), near keys (-KEY) and the
-- duplicate queue's blocks (=GIVEN_FAMILY) of each name (NameKeys, docs/adr/015): every stored
-- key is recomputed at startup by NameKeysBackfill, which fills the empty ones a thousand at a time.
update person set name_keys = '';

-- The backfill reads the records whose keys are to be computed, a thousand at a time.
create index person_name_keys_pending_idx on person (id) where name_keys = '';

-- A key one letter off is now met by its near keys in name_key_list's GIN index: the trigram
-- index (V9), costly to search for short keys, and the equality index of the former duplicate
-- pass (V10) are no longer read.
drop index if exists person_name_keys_trgm;
drop index if exists person_name_keys_idx;
