<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parent Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact@example.com</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Search accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search accounts by name or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New order for this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a platform&apos;s status to open its Sync Options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeConfigurationDialog</name>
    <message>
        <source>Current seats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 %2</source>
        <comment>amount and currency code</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End-user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UnSynchronized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 seats, in steps of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaspersky Labs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft CSP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acronis Cyber Protect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <comment>audit action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <comment>audit action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &amp; synchronized</source>
        <comment>audit action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>audit action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executed</source>
        <comment>audit action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product added</source>
        <comment>audit action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product removed</source>
        <comment>audit action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration changed</source>
        <comment>audit action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioning</source>
        <comment>audit action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key revealed</source>
        <comment>audit action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sync status</source>
        <comment>audit field; %1 is a platform</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 email</source>
        <comment>audit field; %1 is a platform</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 role</source>
        <comment>audit field; %1 is a platform</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Parent Account</source>
        <comment>audit field; %1 is a platform</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Reseller PIN</source>
        <comment>audit field; %1 is a platform</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sync failure reason</source>
        <comment>audit field; %1 is a platform</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats from the next period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioning status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <comment>audit action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to the BSS Desk server of your team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this connection from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://bss.example.com:8443</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: PEM file of your team&apos;s certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewOrderDialog</name>
    <message>
        <source>Choose the customer account. Save creates a draft order; add its products on the Products tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderEditor</name>
    <message>
        <source>Back to orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No products yet. Use Quick Add &gt; Product to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blockers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the Seats of the selected line (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>Search orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search orders by number or customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductChooserDialog</name>
    <message>
        <source>&amp;Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new line stays red until its Seats are set with the pencil button.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeatsPanel</name>
    <message>
        <source>Manage line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorefrontPage</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculate cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy this configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriptions of this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubscriptionsPage</name>
    <message>
        <source>C&amp;ustomer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncOptionsDialog</name>
    <message>
        <source>P&amp;latform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioning Sync Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioning Sync Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parent Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reseller that provides the service to an end-user account. Empty for a direct account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receives the license key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reseller &amp;PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reseller PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reseller PIN state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;&amp; Synchronize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp; Synchronize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bss::AccountChooser</name>
    <message>
        <source>Search by name or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bss::AccountDialog</name>
    <message>
        <source>Edit account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your end-users belong to your own account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bss::AccountsModel</name>
    <message>
        <source>Failed: %1
Click to open Sync Options and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronized with %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synchronized with %1. Click to open Sync Options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioning Sync Status on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent Account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bss::AccountsPage</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a platform first: the status is per platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln accounts</numerusform>
        </translation>
    </message>
    <message>
        <source>No account matches the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts yet. Click “New account” to add the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account “%1” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is synchronized with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused to synchronize “%2”; Sync Options says why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bss::AuditModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bss::AuditPanel</name>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes are recorded for this record yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bss::BusyIndicator</name>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bss::ChangeConfigurationDialog</name>
    <message>
        <source>Change Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 from the next period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More seats are charged pro rata for the rest of the current period (nothing during a free period) and apply now; fewer seats apply from the next period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 from %2 to %3 seats? Charge now: %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bss::LoginDialog</name>
    <message>
        <source>Sign in to BSS Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address of the server, e.g. https://bss.example.com:8443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a server address; write it as https://HOST:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. If the server has a certificate of your team&apos;s own authority, choose its CA file here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No BSS Desk server answers at %1; check the address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bss::MainWindow</name>
    <message>
        <source>BSS Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where BSS Desk keeps its data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;torefront</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About BSS Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About BSS Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;BSS Desk&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Back office for cloud services: accounts, provisioning sync, orders, storefront and subscriptions.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this record; reload to see their changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch &amp;user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 · %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in again. Save what you were saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed out: the session expired, or an administrator changed your user. Your unsaved changes are kept; sign in again to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended: it expired, or an administrator changed your user.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bss::MessageBar</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bss::NewOrderDialog</name>
    <message>
        <source>New order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose the customer)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bss::OpeningProgress</name>
    <message>
        <source>BSS Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the store…
%1

A store from an earlier version is updated first; with a million accounts that takes about a minute.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bss::OrderEditor</name>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to execute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the Seats of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot execute yet:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order was executed on %1 and is read-only. Change the seats of its subscriptions with Change Configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order is cancelled and read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” added. Click its pencil to set the Seats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats saved. Order total: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execute order</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Execute %1 for %2? This generates %n subscription(s), provisions them and sends the license keys. The order becomes read-only.</source>
        <translation>
            <numerusform>Execute %1 for %2? This generates %n subscription, provisions them and sends the license keys. The order becomes read-only.</numerusform>
            <numerusform>Execute %1 for %2? This generates %n subscriptions, provisions them and sends the license keys. The order becomes read-only.</numerusform>
        </translation>
    </message>
    <message>
        <source>Execute</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 executed: %n subscription(s) generated.</source>
        <translation>
            <numerusform>%1 executed: %n subscription generated.</numerusform>
            <numerusform>%1 executed: %n subscriptions generated.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the draft order %1? It can no longer be executed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no free period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order sections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bss::OrderLinesModel</name>
    <message>
        <source>Incomplete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-period charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bss::OrdersModel</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bss::OrdersPage</name>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
    <message>
        <source>No order matches the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders yet. Click “New order” to place the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft order %1 created. Add products with Quick Add &gt; Product.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bss::ProductChooserDialog</name>
    <message>
        <source>Quick Add &gt; Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bss::ProductTree</name>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bss::QuoteFigures</name>
    <message>
        <source>Band:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-period charge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recurring price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a figure&apos;s caption and value, read together by a screen reader</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bss::SeatsPanel</name>
    <message>
        <source>Manage line</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing is charged for the first %n period(s).</source>
        <translation>
            <numerusform>Nothing is charged for the first period.</numerusform>
            <numerusform>Nothing is charged for the first %n periods.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bss::StoreBackup</name>
    <message>
        <source>&amp;Back Up Store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the store into a file while you go on working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s server keeps this data; its administrator backs it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BSS Desk stores (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the store to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store was not backed up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store was backed up to %1 (%2). To restore it, open that file as the store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bss::StorefrontPage</name>
    <message>
        <source>Storefront</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a product on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 billing · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>first %n period(s) free</source>
        <translation>
            <numerusform>first period free</numerusform>
            <numerusform>first %n periods free</numerusform>
        </translation>
    </message>
    <message>
        <source>Seats changed: press Calculate cost again before buying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Seats and press Calculate cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cost calculated for %n seat(s).</source>
        <translation>
            <numerusform>Cost calculated for %n seat.</numerusform>
            <numerusform>Cost calculated for %n seats.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the customer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Calculate cost first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy this configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Buy %n seat(s) of %1 for %2? Charged now: %3.</source>
        <translation>
            <numerusform>Buy %n seat of %1 for %2? Charged now: %3.</numerusform>
            <numerusform>Buy %n seats of %1 for %2? Charged now: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Bought: order %1 executed, %n subscription(s) active.</source>
        <translation>
            <numerusform>Bought: order %1 executed, %n subscription active.</numerusform>
            <numerusform>Bought: order %1 executed, %n subscriptions active.</numerusform>
        </translation>
    </message>
    <message>
        <source>This customer has no subscriptions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a customer to see their subscriptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration changed: charged now %1, effective %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bss::SubscriptionsModel</name>
    <message>
        <source>%1 seats from the next period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring price</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bss::SubscriptionsPage</name>
    <message>
        <source>Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subscription matches the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subscriptions yet. Executing an order generates them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 from %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no free period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not issued yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioning failed again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 provisioned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration changed: charged now %1, effective %2, new recurring price %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bss::SyncOptionsDialog</name>
    <message>
        <source>Sync Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none — direct account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronized with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UnSynchronized: this account is not connected to %1 yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PIN set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN set — type to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required for resellers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp; Synchronize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save these Sync Options and synchronize “%1” with %2 now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: please correct the fields marked above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync Options saved. Use Save &amp; Synchronize to connect the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is synchronized with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the synchronization: %2. Fix the cause and press Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was saved; what you typed is kept. Press Retry to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync Options (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bss::accessibility</name>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More tools</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bss::RoleGate</name>
    <message>
        <source>A reseller creates only end-user accounts, under its own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators and agents move an account to another parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators and agents change Sync Options; you can see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators manage users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) may not do this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bss::SignInAgainDialog</name>
    <message>
        <source>Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Sign in again as %2 to go on: nothing you have not saved is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bss::UserDialog</name>
    <message>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reseller account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reseller &amp;account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bss::UsersModel</name>
    <message>
        <source>Account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reseller account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bss::UsersPage</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by user name, role or account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No users yet. Click “New user” to add the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another administrator changes, disables or deletes your own user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 is set; their sessions have ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable %1? They are signed out at once and cannot sign in until enabled again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 disabled and signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1? They are signed out at once; their name stays in the audit trail. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
