SELECT petition.id, petition.code, petition.title, domain.name, department.name, petition.state, petition.deadline, conference.held_on, conference.title
FROM (SELECT petition.id AS page_id FROM petition FORCE INDEX (ix_petition_list)
      WHERE (petition.unit_id = 4

        AND petition.id IN (SELECT petition_search_term.petition_id FROM petition_search_term IGNORE INDEX (ix_petition_search_term_petition) WHERE petition_search_term.unit_id = 4 AND petition_search_term.term LIKE 'buyt%'))
      ORDER BY petition.code_year DESC, petition.code_seq DESC LIMIT 50 OFFSET 0) AS page
JOIN petition ON petition.id = page.page_id
JOIN domain ON domain.id = petition.domain_id
JOIN conference ON conference.id = petition.conference_id
LEFT OUTER JOIN department ON department.id = petition.department_id
ORDER BY petition.code_year DESC, petition.code_seq DESC
