-- SQLite's 012 adds term tables to count a single search token's records;
-- PostgreSQL counts them through its GIN index and needs nothing new.
SELECT 1;
