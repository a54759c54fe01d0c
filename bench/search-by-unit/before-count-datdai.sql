SELECT count(*) FROM petition WHERE (petition.unit_id = 4
  AND petition.id IN (SELECT petition_search_term.petition_id FROM petition_search_term WHERE petition_search_term.term = 'dat')
  AND petition.id IN (SELECT petition_search_term.petition_id FROM petition_search_term WHERE petition_search_term.term LIKE 'dai%'))
