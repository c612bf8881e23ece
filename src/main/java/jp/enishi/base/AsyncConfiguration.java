package jp.enishi.base;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Lets e-mail and other slow side effects leave the user's request thread (Boot's task executor runs them), and
 * runs the mail outbox's retries on a schedule.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableScheduling
class AsyncConfiguration {
}
