package vn.petitionboard.base.db;

import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * jOOQ wraps every GROUP_CONCAT in "SET @@group_concat_max_len = ...; SELECT ...; SET ...", three statements in one
 * call, which Connector/J refuses unless the URL allows multi-queries (ours do not). MariaDB 10.11's default limit
 * (1 MB) is far above anything the app concatenates (a user's roles), so the plain GROUP_CONCAT is enough.
 */
@Configuration
class JooqSettingsConfig {

    @Bean
    DefaultConfigurationCustomizer plainGroupConcat() {
        return configuration -> configuration.settings().setRenderGroupConcatMaxLenSessionVariable(false);
    }
}
