-- Runs once, when the postgres volume is empty (mounted into /docker-entrypoint-initdb.d).
-- One login role for the services and one database per service, owned by that role;
-- each service's Flyway builds its own schema on start. Must match the services'
-- spring.datasource.* (application.yml / docker-compose.yml): ComposeFileConsistencyTest checks it.
-- After changing this file: docker compose down -v (drops the volumes) and up again.

CREATE ROLE minyi LOGIN PASSWORD 'minyi';

CREATE DATABASE minyi_gateway OWNER minyi;
CREATE DATABASE minyi_deputy OWNER minyi;
CREATE DATABASE minyi_proposal OWNER minyi;
CREATE DATABASE minyi_petition OWNER minyi;
CREATE DATABASE minyi_reporting OWNER minyi;
