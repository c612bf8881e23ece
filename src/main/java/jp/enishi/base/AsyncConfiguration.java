package jp.enishi.base;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/** Lets e-mail and other slow side effects leave the user's request thread (Boot's task executor runs them). */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class AsyncConfiguration {
}
