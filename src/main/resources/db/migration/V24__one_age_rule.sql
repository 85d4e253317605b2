-- One rule for "a child": under 18 even at the earliest birth date the record allows. Born "in
-- 2008" (precision YEAR) is a child only once 1 January 2008 is less than 18 years ago; the Java
-- side is people.Age#isChild, and AgeRuleTest holds the two to the same answers.
--
-- The first test is implied by the second (the earliest date is never after the date recorded);
-- it is written out so that, inlined into a query, the planner can use an index on date_of_birth.
create function is_child(born date, born_precision varchar, today date) returns boolean
    language sql immutable parallel safe
as $$
    select born > (today - interval '18 years')::date
       and case born_precision
               when 'YEAR' then date_trunc('year', born::timestamp)::date
               when 'MONTH' then date_trunc('month', born::timestamp)::date
               else born
           end > (today - interval '18 years')::date
$$;
