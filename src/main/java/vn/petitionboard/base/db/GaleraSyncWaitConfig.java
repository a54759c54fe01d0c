package vn.petitionboard.base.db;

import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wraps the app's connection pool in {@link GaleraSyncWait}, so every user of it (jOOQ, Liquibase, the health
 * check, the transaction manager) gets connections prepared for a Galera node. */
@Configuration(proxyBeanMethods = false)
class GaleraSyncWaitConfig {

    @Bean
    static BeanPostProcessor galeraSyncWaitWrapper() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource pool && !(bean instanceof GaleraSyncWait)
                        ? new GaleraSyncWait(pool) : bean;
            }
        };
    }
}
