select unit_id, min(created_at) from petition where unit_id in (3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19) group by unit_id
