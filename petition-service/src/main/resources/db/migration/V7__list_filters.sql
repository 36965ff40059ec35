-- The desk's and the leaders' lists (GET /api/petitions): what is due by a date and the deadline order within
-- a township scope; the petitions a leader instructed on, and a leader's own cases (包案), found from the timeline.
CREATE INDEX petition_view_township_deadline ON petition_view (township_code, deadline, id);
CREATE INDEX petition_timeline_instructed ON petition_timeline (petition_id) WHERE action = 'INSTRUCT';
CREATE INDEX petition_timeline_owner ON petition_timeline ((details ->> 'leader'), petition_id)
    WHERE action = 'TAKE_OWNERSHIP';
