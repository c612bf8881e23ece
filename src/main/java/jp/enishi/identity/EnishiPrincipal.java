package jp.enishi.identity;

/** What every signed-in principal carries, local or federated: the Enishi user id. */
public interface EnishiPrincipal {

    long userId();
}
