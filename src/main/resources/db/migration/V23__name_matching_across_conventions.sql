-- Name keys now carry alternate readings (+KEY) and broad forms (~KEY) of each word (NameKeys,
-- docs/adr/015): every stored key is recomputed at startup by NameKeysBackfill, which fills
-- the empty ones a thousand at a time.
update person set name_keys = '';

-- How many people carry each name key: the rarer a key, the more a match on it tells (ranking).
-- Rebuilt in the background (NameKeyRarity); a search reads it, never waits for it.
create table name_key_frequency (
    key    varchar(60) primary key,
    people integer not null
);

-- A key one letter off is now met by its near keys (-KEY) in name_key_list's GIN index: the
-- trigram index (V9), costly to search for short keys, and the equality index of the former
-- duplicate pass (V10) are no longer read.
drop index if exists person_name_keys_trgm;
drop index if exists person_name_keys_idx;
