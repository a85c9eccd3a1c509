# Shipped with dbops and evaluated by every policy-check (turn off with --no-default-policies).
# Changelogs change one database's schema and data; server-wide settings, roles with superuser
# rights and grants to every role belong to whoever runs the server, not to a migration.
package dbops.server_settings

import rego.v1

deny contains msg if {
	some sql in input.sqlStatements
	regex.match(`(?is)^\s*alter\s+system\b`, sql)
	msg := sprintf("ALTER SYSTEM changes the whole server's configuration, not this database: %s", [sql])
}

deny contains msg if {
	some sql in input.sqlStatements
	regex.match(`(?is)^\s*(create|alter)\s+(role|user)\b.*\bsuperuser\b`, sql)
	not regex.match(`(?is)\bnosuperuser\b`, sql)
	msg := sprintf("A migration must not create or grant superuser roles: %s", [sql])
}

warn contains msg if {
	some sql in input.sqlStatements
	regex.match(`(?is)^\s*grant\b.*\bto\s+public\b`, sql)
	msg := sprintf("GRANT ... TO PUBLIC gives every role access; grant to a named role instead: %s", [sql])
}
