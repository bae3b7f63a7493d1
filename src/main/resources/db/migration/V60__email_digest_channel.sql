-- Leaders can receive their digest and alerts by email (platform.email): the subscription's channel may be 'email'.
-- The address is the person's own, read when a digest is queued; the subscription stores none.
alter table digest_subscription drop constraint digest_subscription_channel_check;
alter table digest_subscription add constraint digest_subscription_channel_check
    check (channel in ('slack', 'mattermost', 'teams', 'google-chat', 'webhook', 'email'));
