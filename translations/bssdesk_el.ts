<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el">
<context>
    <name>AccountDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Όνομα:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Τύπος:</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Τύπος</translation>
    </message>
    <message>
        <source>&amp;Parent Account:</source>
        <translation>&amp;Γονικός λογαριασμός:</translation>
    </message>
    <message>
        <source>Parent Account</source>
        <translation>Γονικός λογαριασμός</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>contact@example.com</source>
        <translation>contact@example.com</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Search accounts</source>
        <translation>Αναζήτηση λογαριασμών</translation>
    </message>
    <message>
        <source>Search accounts by name or email</source>
        <translation>Όνομα ή email</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Τύπος:</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Τύπος</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Πλατφόρμα:</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Πλατφόρμα</translation>
    </message>
    <message>
        <source>S&amp;ync status:</source>
        <translation>Σ&amp;υγχρονισμός:</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Συγχρονισμός</translation>
    </message>
    <message>
        <source>Number of accounts</source>
        <translation>Πλήθος λογαριασμών</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Νέος λογαριασμός</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>Επεξεργασία λογαριασμού</translation>
    </message>
    <message>
        <source>Sync Options</source>
        <translation>Επιλογές συγχρονισμού</translation>
    </message>
    <message>
        <source>New order for this account</source>
        <translation>Νέα παραγγελία για αυτόν τον λογαριασμό</translation>
    </message>
    <message>
        <source>Click a platform&apos;s status to open its Sync Options.</source>
        <translation>Κάντε κλικ στην κατάσταση μιας πλατφόρμας για τις επιλογές συγχρονισμού της.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Λογαριασμοί</translation>
    </message>
</context>
<context>
    <name>ChangeConfigurationDialog</name>
    <message>
        <source>Current seats:</source>
        <translation>Τρέχουσες θέσεις:</translation>
    </message>
    <message>
        <source>Current seats</source>
        <translation>Τρέχουσες θέσεις</translation>
    </message>
    <message>
        <source>&amp;Seats:</source>
        <translation>&amp;Θέσεις:</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Θέσεις</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Cancel</source>
        <translation>Άκυρο</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 %2</source>
        <comment>amount and currency code</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Άμεσος</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Μεταπωλητής</translation>
    </message>
    <message>
        <source>End-user</source>
        <translation>Τελικός χρήστης</translation>
    </message>
    <message>
        <source>UnSynchronized</source>
        <translation>Μη συγχρονισμένος</translation>
    </message>
    <message>
        <source>Synchronized</source>
        <translation>Συγχρονισμένος</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Απέτυχε</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Χρήστης</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Προσχέδιο</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Εκτελεσμένη</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Ακυρωμένη</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Νέα</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Αλλαγή</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Σε εκκρεμότητα</translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation>Ενεργοποιημένη</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ενεργή</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Μηνιαία</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>Ετήσια</translation>
    </message>
    <message>
        <source>%1–%2 seats</source>
        <translation>%1–%2 θέσεις</translation>
    </message>
    <message>
        <source>%1–%2 seats, in steps of %3</source>
        <translation>%1–%2 θέσεις, ανά %3</translation>
    </message>
    <message>
        <source>Kaspersky Labs</source>
        <translation>Kaspersky Labs</translation>
    </message>
    <message>
        <source>Microsoft CSP</source>
        <translation>Microsoft CSP</translation>
    </message>
    <message>
        <source>Acronis Cyber Protect</source>
        <translation>Acronis Cyber Protect</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Διαχειριστής</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Υπάλληλος</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>audit action</comment>
        <translation>Δημιουργήθηκε</translation>
    </message>
    <message>
        <source>Changed</source>
        <comment>audit action</comment>
        <translation>Τροποποιήθηκε</translation>
    </message>
    <message>
        <source>Saved &amp; synchronized</source>
        <comment>audit action</comment>
        <translation>Αποθηκεύτηκε &amp; συγχρονίστηκε</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>audit action</comment>
        <translation>Ακυρώθηκε</translation>
    </message>
    <message>
        <source>Executed</source>
        <comment>audit action</comment>
        <translation>Εκτελέστηκε</translation>
    </message>
    <message>
        <source>Product added</source>
        <comment>audit action</comment>
        <translation>Προστέθηκε προϊόν</translation>
    </message>
    <message>
        <source>Product removed</source>
        <comment>audit action</comment>
        <translation>Αφαιρέθηκε προϊόν</translation>
    </message>
    <message>
        <source>Configuration changed</source>
        <comment>audit action</comment>
        <translation>Άλλαξε η διαμόρφωση</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <comment>audit action</comment>
        <translation>Ενεργοποίηση</translation>
    </message>
    <message>
        <source>Key revealed</source>
        <comment>audit action</comment>
        <translation>Εμφανίστηκε το κλειδί</translation>
    </message>
    <message>
        <source>%1 sync status</source>
        <comment>audit field; %1 is a platform</comment>
        <translation>Κατάσταση συγχρονισμού (%1)</translation>
    </message>
    <message>
        <source>%1 email</source>
        <comment>audit field; %1 is a platform</comment>
        <translation>Email (%1)</translation>
    </message>
    <message>
        <source>%1 role</source>
        <comment>audit field; %1 is a platform</comment>
        <translation>Ρόλος (%1)</translation>
    </message>
    <message>
        <source>%1 Parent Account</source>
        <comment>audit field; %1 is a platform</comment>
        <translation>Γονικός λογαριασμός (%1)</translation>
    </message>
    <message>
        <source>%1 Reseller PIN</source>
        <comment>audit field; %1 is a platform</comment>
        <translation>PIN μεταπωλητή (%1)</translation>
    </message>
    <message>
        <source>%1 sync failure reason</source>
        <comment>audit field; %1 is a platform</comment>
        <translation>Αιτία αποτυχίας συγχρονισμού (%1)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Προϊόν</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Θέσεις</translation>
    </message>
    <message>
        <source>Seats of %1</source>
        <translation>Θέσεις (%1)</translation>
    </message>
    <message>
        <source>Seats from the next period</source>
        <translation>Θέσεις από την επόμενη περίοδο</translation>
    </message>
    <message>
        <source>Provisioning status</source>
        <translation>Κατάσταση ενεργοποίησης</translation>
    </message>
    <message>
        <source>Activation key</source>
        <translation>Κλειδί ενεργοποίησης</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Όνομα χρήστη</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ρόλος</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Λογαριασμός</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Κωδικός πρόσβασης</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Τύπος</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Parent Account</source>
        <translation>Γονικός λογαριασμός</translation>
    </message>
    <message>
        <source>Deleted</source>
        <comment>audit action</comment>
        <translation>Διαγράφηκε</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Απενεργοποιημένος</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to the BSS Desk server of your team.</source>
        <translation>Συνδεθείτε στον διακομιστή BSS Desk της ομάδας σας.</translation>
    </message>
    <message>
        <source>C&amp;onnection:</source>
        <translation>&amp;Σύνδεση:</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Σύνδεση</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Αφαίρεση</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Αφαίρεση</translation>
    </message>
    <message>
        <source>Remove this connection from the list</source>
        <translation>Αφαίρεση αυτής της σύνδεσης από τη λίστα</translation>
    </message>
    <message>
        <source>&amp;Server URL:</source>
        <translation>&amp;URL διακομιστή:</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL διακομιστή</translation>
    </message>
    <message>
        <source>https://bss.example.com:8443</source>
        <translation>https://bss.example.com:8443</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Όνομα &amp;χρήστη:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Όνομα χρήστη</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Κωδικός πρόσβασης:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Κωδικός πρόσβασης</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>Πιστοποιητικό &amp;CA:</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Πιστοποιητικό CA</translation>
    </message>
    <message>
        <source>Optional: PEM file of your team&apos;s certificate authority</source>
        <translation>Προαιρετικό: αρχείο PEM της αρχής πιστοποίησης</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Αναζήτηση…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Αναζήτηση…</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Σύνδεση σε εξέλιξη</translation>
    </message>
</context>
<context>
    <name>NewOrderDialog</name>
    <message>
        <source>Choose the customer account. Save creates a draft order; add its products on the Products tab.</source>
        <translation>Επιλέξτε τον λογαριασμό πελάτη. Η «Αποθήκευση» δημιουργεί προσχέδιο παραγγελίας· προσθέστε τα προϊόντα στην καρτέλα «Προϊόντα».</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Πελάτης:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Πελάτης</translation>
    </message>
</context>
<context>
    <name>OrderEditor</name>
    <message>
        <source>Back to orders</source>
        <translation>Πίσω στις παραγγελίες</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Αριθμός παραγγελίας</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Πελάτης:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Κατάσταση:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Σύνολο:</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Σύνολο</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Δημιουργία:</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Δημιουργία</translation>
    </message>
    <message>
        <source>Executed:</source>
        <translation>Εκτέλεση:</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Εκτελεσμένη</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Προϊόντα</translation>
    </message>
    <message>
        <source>Quick Add</source>
        <translation>Γρήγορη προσθήκη</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Αφαίρεση γραμμής</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Γραμμές παραγγελίας</translation>
    </message>
    <message>
        <source>No products yet. Use Quick Add &gt; Product to add one.</source>
        <translation>Δεν υπάρχουν προϊόντα ακόμη. Χρησιμοποιήστε «Γρήγορη προσθήκη &gt; Προϊόν».</translation>
    </message>
    <message>
        <source>&amp;Blockers:</source>
        <translation>&amp;Εμπόδια:</translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation>Εμπόδια</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Συνδρομές</translation>
    </message>
    <message>
        <source>Generated subscriptions</source>
        <translation>Συνδρομές που δημιουργήθηκαν</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Προϊόν</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Θέσεις</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>Ενεργοποίηση</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Έναρξη</translation>
    </message>
    <message>
        <source>Free until</source>
        <translation>Δωρεάν έως</translation>
    </message>
    <message>
        <source>Recurring price</source>
        <translation>Επαναλαμβανόμενη τιμή</translation>
    </message>
    <message>
        <source>Open in Subscriptions</source>
        <translation>Άνοιγμα στις συνδρομές</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Ιστορικό αλλαγών</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Ακύρωση παραγγελίας</translation>
    </message>
    <message>
        <source>Execute</source>
        <translation>Εκτέλεση</translation>
    </message>
    <message>
        <source>&amp;Edit line</source>
        <translation>&amp;Επεξεργασία γραμμής</translation>
    </message>
    <message>
        <source>Edit line</source>
        <translation>Επεξεργασία γραμμής</translation>
    </message>
    <message>
        <source>Set the Seats of the selected line (Enter)</source>
        <translation>Ορισμός των θέσεων της επιλεγμένης γραμμής (Enter)</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>Search orders</source>
        <translation>Αναζήτηση παραγγελιών</translation>
    </message>
    <message>
        <source>Search orders by number or customer</source>
        <translation>Αριθμός ή πελάτης</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Κατάσταση:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>Π&amp;ελάτης:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <source>Number of orders</source>
        <translation>Πλήθος παραγγελιών</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Νέα παραγγελία</translation>
    </message>
    <message>
        <source>Open order</source>
        <translation>Άνοιγμα παραγγελίας</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Παραγγελίες</translation>
    </message>
</context>
<context>
    <name>ProductChooserDialog</name>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Προϊόν:</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Προϊόν</translation>
    </message>
    <message>
        <source>The new line stays red until its Seats are set with the pencil button.</source>
        <translation>Η νέα γραμμή μένει κόκκινη μέχρι να οριστούν οι θέσεις της με το μολύβι.</translation>
    </message>
</context>
<context>
    <name>SeatsPanel</name>
    <message>
        <source>Manage line</source>
        <translation>Διαχείριση γραμμής</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Προϊόν</translation>
    </message>
    <message>
        <source>&amp;Seats:</source>
        <translation>&amp;Θέσεις:</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Θέσεις</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Αποθήκευση</translation>
    </message>
</context>
<context>
    <name>StorefrontPage</name>
    <message>
        <source>Customer</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Προϊόντα</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Διαμόρφωση</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Προϊόν</translation>
    </message>
    <message>
        <source>&amp;Seats:</source>
        <translation>&amp;Θέσεις:</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Θέσεις</translation>
    </message>
    <message>
        <source>Calculate cost</source>
        <translation>Υπολογισμός κόστους</translation>
    </message>
    <message>
        <source>Cost state</source>
        <translation>Κατάσταση κόστους</translation>
    </message>
    <message>
        <source>Buy this configuration</source>
        <translation>Αγορά αυτής της διαμόρφωσης</translation>
    </message>
    <message>
        <source>Subscriptions of this customer</source>
        <translation>Συνδρομές αυτού του πελάτη</translation>
    </message>
    <message>
        <source>Customer subscriptions</source>
        <translation>Συνδρομές του πελάτη</translation>
    </message>
    <message>
        <source>Change Configuration</source>
        <translation>Αλλαγή διαμόρφωσης</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Πελάτης:</translation>
    </message>
</context>
<context>
    <name>SubscriptionsPage</name>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>Π&amp;ελάτης:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Κατάσταση:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Συνδρομές</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Λεπτομέρειες</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Προϊόν:</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Προϊόν</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Πελάτης:</translation>
    </message>
    <message>
        <source>Seats:</source>
        <translation>Θέσεις:</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Θέσεις</translation>
    </message>
    <message>
        <source>Current period:</source>
        <translation>Τρέχουσα περίοδος:</translation>
    </message>
    <message>
        <source>Current period</source>
        <translation>Τρέχουσα περίοδος</translation>
    </message>
    <message>
        <source>Free until:</source>
        <translation>Δωρεάν έως:</translation>
    </message>
    <message>
        <source>Free until</source>
        <translation>Δωρεάν έως</translation>
    </message>
    <message>
        <source>Recurring price:</source>
        <translation>Επαναλαμβανόμενη τιμή:</translation>
    </message>
    <message>
        <source>Recurring price</source>
        <translation>Επαναλαμβανόμενη τιμή</translation>
    </message>
    <message>
        <source>Provisioning:</source>
        <translation>Ενεργοποίηση:</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>Ενεργοποίηση</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Επανάληψη</translation>
    </message>
    <message>
        <source>Activation key:</source>
        <translation>Κλειδί ενεργοποίησης:</translation>
    </message>
    <message>
        <source>Activation key</source>
        <translation>Κλειδί ενεργοποίησης</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Εμφάνιση</translation>
    </message>
    <message>
        <source>Change Configuration</source>
        <translation>Αλλαγή διαμόρφωσης</translation>
    </message>
    <message>
        <source>Messages sent</source>
        <translation>Απεσταλμένα μηνύματα</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Πότε</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Προς</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Θέμα</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Μήνυμα</translation>
    </message>
</context>
<context>
    <name>SyncOptionsDialog</name>
    <message>
        <source>P&amp;latform:</source>
        <translation>Π&amp;λατφόρμα:</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Πλατφόρμα</translation>
    </message>
    <message>
        <source>Provisioning Sync Status:</source>
        <translation>Κατάσταση συγχρονισμού:</translation>
    </message>
    <message>
        <source>Provisioning Sync Status</source>
        <translation>Κατάσταση συγχρονισμού παρόχου</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Επανάληψη</translation>
    </message>
    <message>
        <source>&amp;Parent Account:</source>
        <translation>&amp;Γονικός λογαριασμός:</translation>
    </message>
    <message>
        <source>Parent Account</source>
        <translation>Γονικός λογαριασμός</translation>
    </message>
    <message>
        <source>The reseller that provides the service to an end-user account. Empty for a direct account.</source>
        <translation>Ο μεταπωλητής που παρέχει την υπηρεσία σε λογαριασμό τελικού χρήστη. Κενό για άμεσο λογαριασμό.</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Receives the license key</source>
        <translation>Λαμβάνει το κλειδί άδειας</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Ρόλος:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ρόλος</translation>
    </message>
    <message>
        <source>Reseller &amp;PIN:</source>
        <translation>&amp;PIN μεταπωλητή:</translation>
    </message>
    <message>
        <source>Reseller PIN</source>
        <translation>PIN μεταπωλητή</translation>
    </message>
    <message>
        <source>Reseller PIN state</source>
        <translation>Κατάσταση PIN μεταπωλητή</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Αποτέλεσμα</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Αποθήκευση</translation>
    </message>
    <message>
        <source>Save &amp;&amp; Synchronize</source>
        <translation>Αποθήκευση &amp;&amp; συγχρονισμός</translation>
    </message>
    <message>
        <source>Save &amp; Synchronize</source>
        <translation>Αποθήκευση &amp; συγχρονισμός</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
</context>
<context>
    <name>bss::AccountChooser</name>
    <message>
        <source>Search by name or email</source>
        <translation>Όνομα ή email</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>Αναζήτηση λογαριασμών</translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation>Αναζήτηση: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>bss::AccountDialog</name>
    <message>
        <source>Edit account</source>
        <translation>Επεξεργασία λογαριασμού</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Νέος λογαριασμός</translation>
    </message>
    <message>
        <source>Parent Account</source>
        <translation>Γονικός λογαριασμός</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(κανένας)</translation>
    </message>
    <message>
        <source>Your end-users belong to your own account.</source>
        <translation>Οι τελικοί πελάτες σας ανήκουν στον δικό σας λογαριασμό.</translation>
    </message>
</context>
<context>
    <name>bss::AccountsModel</name>
    <message>
        <source>Failed: %1
Click to open Sync Options and retry.</source>
        <translation>Απέτυχε: %1
Κάντε κλικ για τις επιλογές συγχρονισμού και νέα προσπάθεια.</translation>
    </message>
    <message>
        <source>Synchronized with %1 on %2</source>
        <translation>Συγχρονίστηκε με %1 στις %2</translation>
    </message>
    <message>
        <source>Not synchronized with %1. Click to open Sync Options.</source>
        <translation>Δεν είναι συγχρονισμένος με %1. Κάντε κλικ για τις επιλογές συγχρονισμού.</translation>
    </message>
    <message>
        <source>Provisioning Sync Status on %1</source>
        <translation>Κατάσταση συγχρονισμού στην πλατφόρμα %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Τύπος</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Parent Account</source>
        <translation>Γονικός λογαριασμός</translation>
    </message>
</context>
<context>
    <name>bss::AccountsPage</name>
    <message>
        <source>Accounts</source>
        <translation>Λογαριασμοί</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Όλοι οι τύποι</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Όλες οι πλατφόρμες</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Οποιαδήποτε</translation>
    </message>
    <message>
        <source>Choose a platform first: the status is per platform.</source>
        <translation>Επιλέξτε πρώτα πλατφόρμα: η κατάσταση ισχύει ανά πλατφόρμα.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln λογαριασμός</numerusform>
            <numerusform>%Ln λογαριασμοί</numerusform>
        </translation>
    </message>
    <message>
        <source>No account matches the search and filters.</source>
        <translation>Κανένας λογαριασμός δεν ταιριάζει με την αναζήτηση και τα φίλτρα.</translation>
    </message>
    <message>
        <source>No accounts yet. Click “New account” to add the first one.</source>
        <translation>Δεν υπάρχουν λογαριασμοί ακόμη. Πατήστε «Νέος λογαριασμός» για να προσθέσετε τον πρώτο.</translation>
    </message>
    <message>
        <source>Account “%1” saved.</source>
        <translation>Ο λογαριασμός «%1» αποθηκεύτηκε.</translation>
    </message>
    <message>
        <source>“%1” is synchronized with %2.</source>
        <translation>Ο λογαριασμός «%1» συγχρονίστηκε με %2.</translation>
    </message>
    <message>
        <source>%1 refused to synchronize “%2”; Sync Options says why.</source>
        <translation>Το %1 αρνήθηκε τον συγχρονισμό του «%2»· οι Επιλογές συγχρονισμού εξηγούν γιατί.</translation>
    </message>
</context>
<context>
    <name>bss::AuditModel</name>
    <message>
        <source>When</source>
        <translation>Πότε</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ποιος</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ενέργεια</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Πεδίο</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Παλιά τιμή</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Νέα τιμή</translation>
    </message>
</context>
<context>
    <name>bss::AuditPanel</name>
    <message>
        <source>Audit</source>
        <translation>Ιστορικό αλλαγών</translation>
    </message>
    <message>
        <source>Audit: %1</source>
        <translation>Ιστορικό αλλαγών: %1</translation>
    </message>
    <message>
        <source>No changes are recorded for this record yet.</source>
        <translation>Δεν έχουν καταγραφεί ακόμη αλλαγές για αυτή την εγγραφή.</translation>
    </message>
</context>
<context>
    <name>bss::BusyIndicator</name>
    <message>
        <source>Working…</source>
        <translation>Σε εξέλιξη…</translation>
    </message>
</context>
<context>
    <name>bss::ChangeConfigurationDialog</name>
    <message>
        <source>Change Configuration</source>
        <translation>Αλλαγή διαμόρφωσης</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; for %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; για %2</translation>
    </message>
    <message>
        <source>%1 (%2 from the next period)</source>
        <translation>%1 (%2 από την επόμενη περίοδο)</translation>
    </message>
    <message>
        <source>More seats are charged pro rata for the rest of the current period (nothing during a free period) and apply now; fewer seats apply from the next period.</source>
        <translation>Περισσότερες θέσεις ισχύουν αμέσως και χρεώνονται αναλογικά για το υπόλοιπο της τρέχουσας περιόδου (τίποτα σε δωρεάν περίοδο)· λιγότερες θέσεις ισχύουν από την επόμενη περίοδο.</translation>
    </message>
    <message>
        <source>Change %1 from %2 to %3 seats? Charge now: %4.</source>
        <translation>Αλλαγή του %1 από %2 σε %3 θέσεις; Χρέωση τώρα: %4.</translation>
    </message>
</context>
<context>
    <name>bss::LoginDialog</name>
    <message>
        <source>Sign in to BSS Desk</source>
        <translation>Σύνδεση στο BSS Desk</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Σύνδεση</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Κατάσταση σύνδεσης</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 στο %2</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Νέα σύνδεση</translation>
    </message>
    <message>
        <source>Forgot %1 on %2.</source>
        <translation>Η σύνδεση %1 στο %2 αφαιρέθηκε.</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Πιστοποιητικό CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Πιστοποιητικά PEM (*.pem *.crt *.cer);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Σύνδεση στο %1…</translation>
    </message>
    <message>
        <source>Enter the address of the server, e.g. https://bss.example.com:8443.</source>
        <translation>Εισαγάγετε τη διεύθυνση του διακομιστή, π.χ. https://bss.example.com:8443.</translation>
    </message>
    <message>
        <source>“%1” is not a server address; write it as https://HOST:PORT.</source>
        <translation>Το «%1» δεν είναι διεύθυνση διακομιστή· γράψτε τη ως https://HOST:PORT.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Εισαγάγετε το όνομα χρήστη σας.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Εισαγάγετε τον κωδικό πρόσβασής σας.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>Το όνομα χρήστη ή ο κωδικός πρόσβασης είναι λάθος.</translation>
    </message>
    <message>
        <source>%1. If the server has a certificate of your team&apos;s own authority, choose its CA file here.</source>
        <translation>%1. Αν ο διακομιστής έχει πιστοποιητικό από την αρχή πιστοποίησης της ομάδας σας, επιλέξτε εδώ το αρχείο CA της.</translation>
    </message>
    <message>
        <source>No BSS Desk server answers at %1; check the address.</source>
        <translation>Κανένας διακομιστής BSS Desk δεν απαντά στο %1· ελέγξτε τη διεύθυνση.</translation>
    </message>
</context>
<context>
    <name>bss::MainWindow</name>
    <message>
        <source>BSS Desk</source>
        <translation>BSS Desk</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Αποθήκη δεδομένων</translation>
    </message>
    <message>
        <source>Where BSS Desk keeps its data</source>
        <translation>Πού αποθηκεύει τα δεδομένα του το BSS Desk</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Συνδεδεμένος ως %1</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Πλοήγηση</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Γραφείο</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Χρεώσεις</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Αρχείο</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Κύρια γραμμή εργαλείων</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Νέο</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Αναζήτηση</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Ανανέωση</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Απο&amp;θήκευση</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Έ&amp;ξοδος</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>&amp;Γραφείο</translation>
    </message>
    <message>
        <source>&amp;Billing</source>
        <translation>&amp;Χρεώσεις</translation>
    </message>
    <message>
        <source>S&amp;torefront</source>
        <translation>Κα&amp;τάστημα</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Βο&amp;ήθεια</translation>
    </message>
    <message>
        <source>&amp;About BSS Desk</source>
        <translation>&amp;Σχετικά με το BSS Desk</translation>
    </message>
    <message>
        <source>About BSS Desk</source>
        <translation>Σχετικά με το BSS Desk</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;BSS Desk&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Back office for cloud services: accounts, provisioning sync, orders, storefront and subscriptions.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;BSS Desk&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Διαχείριση υπηρεσιών cloud: λογαριασμοί, συγχρονισμός παρόχων, παραγγελίες, κατάστημα και συνδρομές.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Someone else changed this record; reload to see their changes.</source>
        <translation>Κάποιος άλλος άλλαξε αυτή την εγγραφή· επαναφορτώστε για να δείτε τις αλλαγές του.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Επαναφόρτωση</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Επανάληψη</translation>
    </message>
    <message>
        <source>Switch &amp;user…</source>
        <translation>Αλλαγή &amp;χρήστη…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Αποσύν&amp;δεση</translation>
    </message>
    <message>
        <source>Signed out: %1</source>
        <translation>Αποσυνδεδεμένος: %1</translation>
    </message>
    <message>
        <source>Signed in as %1 · %2 of %3</source>
        <translation>Συνδεδεμένος ως %1 · %2 του %3</translation>
    </message>
    <message>
        <source>Signed in as %1 · %2</source>
        <translation>Συνδεδεμένος ως %1 · %2</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>Νέα σύνδεση…</translation>
    </message>
    <message>
        <source>Signed in again. Save what you were saving.</source>
        <translation>Συνδεθήκατε ξανά. Αποθηκεύστε ό,τι αποθηκεύατε.</translation>
    </message>
    <message>
        <source>You are signed out: the session expired, or an administrator changed your user. Your unsaved changes are kept; sign in again to go on.</source>
        <translation>Έχετε αποσυνδεθεί: η συνεδρία έληξε ή ένας διαχειριστής άλλαξε τον χρήστη σας. Οι μη αποθηκευμένες αλλαγές σας διατηρούνται· συνδεθείτε ξανά για να συνεχίσετε.</translation>
    </message>
    <message>
        <source>Your session has ended: it expired, or an administrator changed your user.</source>
        <translation>Η συνεδρία σας τερματίστηκε: έληξε ή ένας διαχειριστής άλλαξε τον χρήστη σας.</translation>
    </message>
</context>
<context>
    <name>bss::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Μήνυμα</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <source>Message action</source>
        <translation>Ενέργεια μηνύματος</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Πληροφορία</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ολοκληρώθηκε</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Σφάλμα</translation>
    </message>
</context>
<context>
    <name>bss::NewOrderDialog</name>
    <message>
        <source>New order</source>
        <translation>Νέα παραγγελία</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <source>Choose the customer account.</source>
        <translation>Επιλέξτε τον λογαριασμό πελάτη.</translation>
    </message>
    <message>
        <source>(choose the customer)</source>
        <translation>(επιλέξτε τον πελάτη)</translation>
    </message>
</context>
<context>
    <name>bss::OpeningProgress</name>
    <message>
        <source>BSS Desk</source>
        <translation>BSS Desk</translation>
    </message>
    <message>
        <source>Opening the store…
%1

A store from an earlier version is updated first; with a million accounts that takes about a minute.</source>
        <translation>Άνοιγμα της αποθήκης…
%1

Μια αποθήκη από προηγούμενη έκδοση ενημερώνεται πρώτα· με ένα εκατομμύριο λογαριασμούς αυτό διαρκεί περίπου ένα λεπτό.</translation>
    </message>
</context>
<context>
    <name>bss::OrderEditor</name>
    <message>
        <source>Order</source>
        <translation>Παραγγελία</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Προϊόν</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 από %2</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>όχι ακόμη</translation>
    </message>
    <message>
        <source>Ready to execute.</source>
        <translation>Έτοιμη για εκτέλεση.</translation>
    </message>
    <message>
        <source>Set the Seats of %1</source>
        <translation>Ορισμός θέσεων για %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Επεξεργασία %1</translation>
    </message>
    <message>
        <source>Cannot execute yet:
%1</source>
        <translation>Δεν μπορεί να εκτελεστεί ακόμη:
%1</translation>
    </message>
    <message>
        <source>This order was executed on %1 and is read-only. Change the seats of its subscriptions with Change Configuration.</source>
        <translation>Η παραγγελία εκτελέστηκε στις %1 και είναι μόνο για ανάγνωση. Αλλάξτε τις θέσεις των συνδρομών της με «Αλλαγή διαμόρφωσης».</translation>
    </message>
    <message>
        <source>This order is cancelled and read-only.</source>
        <translation>Αυτή η παραγγελία είναι ακυρωμένη και μόνο για ανάγνωση.</translation>
    </message>
    <message>
        <source>“%1” added. Click its pencil to set the Seats.</source>
        <translation>Προστέθηκε το «%1». Πατήστε το μολύβι του για να ορίσετε τις θέσεις.</translation>
    </message>
    <message>
        <source>Seats saved. Order total: %1.</source>
        <translation>Οι θέσεις αποθηκεύτηκαν. Σύνολο παραγγελίας: %1.</translation>
    </message>
    <message>
        <source>Execute order</source>
        <translation>Εκτέλεση παραγγελίας</translation>
    </message>
    <message numerus="yes">
        <source>Execute %1 for %2? This generates %n subscription(s), provisions them and sends the license keys. The order becomes read-only.</source>
        <translation>
            <numerusform>Εκτέλεση της %1 για %2; Θα δημιουργηθεί %n συνδρομή, θα ενεργοποιηθεί και θα σταλεί το κλειδί άδειας. Η παραγγελία γίνεται μόνο για ανάγνωση.</numerusform>
            <numerusform>Εκτέλεση της %1 για %2; Θα δημιουργηθούν %n συνδρομές, θα ενεργοποιηθούν και θα σταλούν τα κλειδιά άδειας. Η παραγγελία γίνεται μόνο για ανάγνωση.</numerusform>
        </translation>
    </message>
    <message>
        <source>Execute</source>
        <translation>Εκτέλεση</translation>
    </message>
    <message numerus="yes">
        <source>%1 executed: %n subscription(s) generated.</source>
        <translation>
            <numerusform>Η %1 εκτελέστηκε: δημιουργήθηκε %n συνδρομή.</numerusform>
            <numerusform>Η %1 εκτελέστηκε: δημιουργήθηκαν %n συνδρομές.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Ακύρωση παραγγελίας</translation>
    </message>
    <message>
        <source>Cancel the draft order %1? It can no longer be executed.</source>
        <translation>Ακύρωση του προσχεδίου παραγγελίας %1; Δεν θα μπορεί πλέον να εκτελεστεί.</translation>
    </message>
    <message>
        <source>%1 cancelled.</source>
        <translation>Η %1 ακυρώθηκε.</translation>
    </message>
    <message>
        <source>no free period</source>
        <translation>χωρίς δωρεάν περίοδο</translation>
    </message>
    <message>
        <source>Order sections</source>
        <translation>Ενότητες παραγγελίας</translation>
    </message>
</context>
<context>
    <name>bss::OrderLinesModel</name>
    <message>
        <source>Incomplete: %1</source>
        <translation>Ελλιπής: %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>δεν έχει οριστεί</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Προϊόν</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Πλατφόρμα</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Θέσεις</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Κλίμακα</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Τιμή μονάδας</translation>
    </message>
    <message>
        <source>Period price</source>
        <translation>Τιμή περιόδου</translation>
    </message>
    <message>
        <source>First-period charge</source>
        <translation>Χρέωση πρώτης περιόδου</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Πλήρης</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Επεξεργασία %1</translation>
    </message>
</context>
<context>
    <name>bss::OrdersModel</name>
    <message>
        <source>Number</source>
        <translation>Αριθμός</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Σύνολο</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Δημιουργία</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Δημιουργήθηκε από</translation>
    </message>
</context>
<context>
    <name>bss::OrdersPage</name>
    <message>
        <source>Orders</source>
        <translation>Παραγγελίες</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Όλες οι καταστάσεις</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Όλοι οι πελάτες</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln παραγγελία</numerusform>
            <numerusform>%Ln παραγγελίες</numerusform>
        </translation>
    </message>
    <message>
        <source>No order matches the search and filters.</source>
        <translation>Καμία παραγγελία δεν ταιριάζει με την αναζήτηση και τα φίλτρα.</translation>
    </message>
    <message>
        <source>No orders yet. Click “New order” to place the first one.</source>
        <translation>Δεν υπάρχουν παραγγελίες ακόμη. Πατήστε «Νέα παραγγελία» για την πρώτη.</translation>
    </message>
    <message>
        <source>Draft order %1 created. Add products with Quick Add &gt; Product.</source>
        <translation>Δημιουργήθηκε το προσχέδιο %1. Προσθέστε προϊόντα με «Γρήγορη προσθήκη &gt; Προϊόν».</translation>
    </message>
</context>
<context>
    <name>bss::ProductChooserDialog</name>
    <message>
        <source>Quick Add &gt; Product</source>
        <translation>Γρήγορη προσθήκη &gt; Προϊόν</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Προσθήκη</translation>
    </message>
</context>
<context>
    <name>bss::ProductTree</name>
    <message>
        <source>Product</source>
        <translation>Προϊόν</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Θέσεις</translation>
    </message>
    <message>
        <source>Billing period</source>
        <translation>Περίοδος χρέωσης</translation>
    </message>
    <message>
        <source>First period</source>
        <translation>Πρώτη περίοδος</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Δωρεάν</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Χρεώνεται</translation>
    </message>
</context>
<context>
    <name>bss::QuoteFigures</name>
    <message>
        <source>Band:</source>
        <translation>Κλίμακα:</translation>
    </message>
    <message>
        <source>Unit price:</source>
        <translation>Τιμή μονάδας:</translation>
    </message>
    <message>
        <source>Period price:</source>
        <translation>Τιμή περιόδου:</translation>
    </message>
    <message>
        <source>First-period charge:</source>
        <translation>Χρέωση πρώτης περιόδου:</translation>
    </message>
    <message>
        <source>Charge now:</source>
        <translation>Χρέωση τώρα:</translation>
    </message>
    <message>
        <source>Effective date:</source>
        <translation>Ημερομηνία ισχύος:</translation>
    </message>
    <message>
        <source>New recurring price:</source>
        <translation>Νέα επαναλαμβανόμενη τιμή:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a figure&apos;s caption and value, read together by a screen reader</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>bss::SeatsPanel</name>
    <message>
        <source>Manage line</source>
        <translation>Διαχείριση γραμμής</translation>
    </message>
    <message numerus="yes">
        <source>Nothing is charged for the first %n period(s).</source>
        <translation>
            <numerusform>Η πρώτη περίοδος δεν χρεώνεται.</numerusform>
            <numerusform>Οι πρώτες %n περίοδοι δεν χρεώνονται.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bss::StoreBackup</name>
    <message>
        <source>&amp;Back Up Store…</source>
        <translation>Αντίγραφο α&amp;σφαλείας αποθήκης…</translation>
    </message>
    <message>
        <source>Copy the store into a file while you go on working</source>
        <translation>Αντιγραφή της αποθήκης σε αρχείο ενώ συνεχίζετε να εργάζεστε</translation>
    </message>
    <message>
        <source>The team&apos;s server keeps this data; its administrator backs it up.</source>
        <translation>Τα δεδομένα αυτά βρίσκονται στον διακομιστή της ομάδας· ο διαχειριστής του κρατά αντίγραφα ασφαλείας.</translation>
    </message>
    <message>
        <source>Back Up Store</source>
        <translation>Αντίγραφο ασφαλείας αποθήκης</translation>
    </message>
    <message>
        <source>BSS Desk stores (*.sqlite);;All files (*)</source>
        <translation>Αποθήκες BSS Desk (*.sqlite);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>Backing up the store to %1…</source>
        <translation>Δημιουργία αντιγράφου ασφαλείας της αποθήκης στο %1…</translation>
    </message>
    <message>
        <source>The store was not backed up: %1</source>
        <translation>Δεν δημιουργήθηκε αντίγραφο ασφαλείας της αποθήκης: %1</translation>
    </message>
    <message>
        <source>The store was backed up to %1 (%2). To restore it, open that file as the store.</source>
        <translation>Δημιουργήθηκε αντίγραφο ασφαλείας της αποθήκης στο %1 (%2). Για επαναφορά, ανοίξτε αυτό το αρχείο ως αποθήκη.</translation>
    </message>
</context>
<context>
    <name>bss::StorefrontPage</name>
    <message>
        <source>Storefront</source>
        <translation>Κατάστημα</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <source>Choose a product on the left.</source>
        <translation>Επιλέξτε ένα προϊόν αριστερά.</translation>
    </message>
    <message>
        <source>%1 billing · %2</source>
        <translation>Χρέωση: %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>first %n period(s) free</source>
        <translation>
            <numerusform>η πρώτη περίοδος δωρεάν</numerusform>
            <numerusform>οι πρώτες %n περίοδοι δωρεάν</numerusform>
        </translation>
    </message>
    <message>
        <source>Seats changed: press Calculate cost again before buying.</source>
        <translation>Οι θέσεις άλλαξαν: πατήστε ξανά «Υπολογισμός κόστους» πριν από την αγορά.</translation>
    </message>
    <message>
        <source>Enter the Seats and press Calculate cost.</source>
        <translation>Εισαγάγετε τις θέσεις και πατήστε «Υπολογισμός κόστους».</translation>
    </message>
    <message numerus="yes">
        <source>Cost calculated for %n seat(s).</source>
        <translation>
            <numerusform>Το κόστος υπολογίστηκε για %n θέση.</numerusform>
            <numerusform>Το κόστος υπολογίστηκε για %n θέσεις.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the customer first.</source>
        <translation>Επιλέξτε πρώτα τον πελάτη.</translation>
    </message>
    <message>
        <source>Press Calculate cost first.</source>
        <translation>Πατήστε πρώτα «Υπολογισμός κόστους».</translation>
    </message>
    <message>
        <source>Buy this configuration</source>
        <translation>Αγορά αυτής της διαμόρφωσης</translation>
    </message>
    <message numerus="yes">
        <source>Buy %n seat(s) of %1 for %2? Charged now: %3.</source>
        <translation>
            <numerusform>Αγορά %n θέσης του %1 για %2; Χρέωση τώρα: %3.</numerusform>
            <numerusform>Αγορά %n θέσεων του %1 για %2; Χρέωση τώρα: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Αγορά</translation>
    </message>
    <message numerus="yes">
        <source>Bought: order %1 executed, %n subscription(s) active.</source>
        <translation>
            <numerusform>Αγοράστηκε: η παραγγελία %1 εκτελέστηκε, %n συνδρομή ενεργή.</numerusform>
            <numerusform>Αγοράστηκε: η παραγγελία %1 εκτελέστηκε, %n συνδρομές ενεργές.</numerusform>
        </translation>
    </message>
    <message>
        <source>This customer has no subscriptions yet.</source>
        <translation>Αυτός ο πελάτης δεν έχει ακόμη συνδρομές.</translation>
    </message>
    <message>
        <source>Choose a customer to see their subscriptions.</source>
        <translation>Επιλέξτε πελάτη για να δείτε τις συνδρομές του.</translation>
    </message>
    <message>
        <source>Configuration changed: charged now %1, effective %2.</source>
        <translation>Η διαμόρφωση άλλαξε: χρέωση τώρα %1, ισχύει από %2.</translation>
    </message>
</context>
<context>
    <name>bss::SubscriptionsModel</name>
    <message>
        <source>%1 seats from the next period</source>
        <translation>%1 θέσεις από την επόμενη περίοδο</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Προϊόν</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Θέσεις</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>Ενεργοποίηση</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Επόμενη περίοδος</translation>
    </message>
    <message>
        <source>Recurring price</source>
        <translation>Επαναλαμβανόμενη τιμή</translation>
    </message>
</context>
<context>
    <name>bss::SubscriptionsPage</name>
    <message>
        <source>Subscriptions</source>
        <translation>Συνδρομές</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Όλοι οι πελάτες</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Όλες οι καταστάσεις</translation>
    </message>
    <message>
        <source>No subscription matches the filters.</source>
        <translation>Καμία συνδρομή δεν ταιριάζει με τα φίλτρα.</translation>
    </message>
    <message>
        <source>No subscriptions yet. Executing an order generates them.</source>
        <translation>Δεν υπάρχουν συνδρομές ακόμη. Δημιουργούνται με την εκτέλεση μιας παραγγελίας.</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Εμφάνιση</translation>
    </message>
    <message>
        <source>%1 (%2 from %3)</source>
        <translation>%1 (%2 από %3)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>no free period</source>
        <translation>χωρίς δωρεάν περίοδο</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Απέτυχε: %1</translation>
    </message>
    <message>
        <source>not issued yet</source>
        <translation>δεν έχει εκδοθεί ακόμη</translation>
    </message>
    <message>
        <source>No messages sent yet.</source>
        <translation>Δεν έχουν σταλεί μηνύματα ακόμη.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Απόκρυψη</translation>
    </message>
    <message>
        <source>Provisioning failed again: %1</source>
        <translation>Η ενεργοποίηση απέτυχε ξανά: %1</translation>
    </message>
    <message>
        <source>%1 provisioned.</source>
        <translation>Το %1 ενεργοποιήθηκε.</translation>
    </message>
    <message>
        <source>Configuration changed: charged now %1, effective %2, new recurring price %3.</source>
        <translation>Η διαμόρφωση άλλαξε: χρέωση τώρα %1, ισχύει από %2, νέα επαναλαμβανόμενη τιμή %3.</translation>
    </message>
</context>
<context>
    <name>bss::SyncOptionsDialog</name>
    <message>
        <source>Sync Options</source>
        <translation>Επιλογές συγχρονισμού</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 account</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — λογαριασμός τύπου %2</translation>
    </message>
    <message>
        <source>Parent Account</source>
        <translation>Γονικός λογαριασμός</translation>
    </message>
    <message>
        <source>(none — direct account)</source>
        <translation>(κανένας — άμεσος λογαριασμός)</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Λογαριασμός %1</translation>
    </message>
    <message>
        <source>Synchronized with %1</source>
        <translation>Συγχρονισμένος με %1</translation>
    </message>
    <message>
        <source>UnSynchronized: this account is not connected to %1 yet</source>
        <translation>Μη συγχρονισμένος: ο λογαριασμός δεν έχει συνδεθεί ακόμη με %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Απέτυχε: %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>δεν δόθηκε αιτία</translation>
    </message>
    <message>
        <source>PIN set</source>
        <translation>Έχει οριστεί PIN</translation>
    </message>
    <message>
        <source>No PIN set</source>
        <translation>Δεν έχει οριστεί PIN</translation>
    </message>
    <message>
        <source>PIN set — type to replace it</source>
        <translation>Έχει οριστεί PIN — πληκτρολογήστε για αντικατάσταση</translation>
    </message>
    <message>
        <source>Required for resellers</source>
        <translation>Απαιτείται για μεταπωλητές</translation>
    </message>
    <message>
        <source>Save &amp; Synchronize</source>
        <translation>Αποθήκευση &amp; συγχρονισμός</translation>
    </message>
    <message>
        <source>Save these Sync Options and synchronize “%1” with %2 now?</source>
        <translation>Αποθήκευση αυτών των επιλογών και συγχρονισμός του «%1» με %2 τώρα;</translation>
    </message>
    <message>
        <source>Nothing was saved: please correct the fields marked above.</source>
        <translation>Δεν αποθηκεύτηκε τίποτα: διορθώστε τα πεδία που επισημαίνονται παραπάνω.</translation>
    </message>
    <message>
        <source>Sync Options saved. Use Save &amp; Synchronize to connect the account.</source>
        <translation>Οι επιλογές συγχρονισμού αποθηκεύτηκαν. Συνδέστε τον λογαριασμό με «Αποθήκευση &amp; συγχρονισμός».</translation>
    </message>
    <message>
        <source>The account is synchronized with %1.</source>
        <translation>Ο λογαριασμός συγχρονίστηκε με %1.</translation>
    </message>
    <message>
        <source>%1 refused the synchronization: %2. Fix the cause and press Retry.</source>
        <translation>Η πλατφόρμα %1 απέρριψε τον συγχρονισμό: %2. Διορθώστε την αιτία και πατήστε «Επανάληψη».</translation>
    </message>
    <message>
        <source>%1 Nothing was saved; what you typed is kept. Press Retry to try again.</source>
        <translation>%1 Δεν αποθηκεύτηκε τίποτα· ό,τι πληκτρολογήσατε διατηρείται. Πατήστε «Επανάληψη» για να δοκιμάσετε ξανά.</translation>
    </message>
    <message>
        <source>Sync Options (read-only)</source>
        <translation>Επιλογές συγχρονισμού (μόνο ανάγνωση)</translation>
    </message>
</context>
<context>
    <name>bss::accessibility</name>
    <message>
        <source>Clear</source>
        <translation>Καθαρισμός</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>Περισσότερα εργαλεία</translation>
    </message>
</context>
<context>
    <name>bss::RoleGate</name>
    <message>
        <source>A reseller creates only end-user accounts, under its own account.</source>
        <translation>Ένας μεταπωλητής δημιουργεί μόνο λογαριασμούς τελικών πελατών, κάτω από τον δικό του λογαριασμό.</translation>
    </message>
    <message>
        <source>Only administrators and agents move an account to another parent.</source>
        <translation>Μόνο διαχειριστές και υπάλληλοι μεταφέρουν έναν λογαριασμό σε άλλον γονικό.</translation>
    </message>
    <message>
        <source>Only administrators and agents change Sync Options; you can see them.</source>
        <translation>Μόνο διαχειριστές και υπάλληλοι αλλάζουν τις επιλογές συγχρονισμού· εσείς μπορείτε να τις δείτε.</translation>
    </message>
    <message>
        <source>Only administrators manage users.</source>
        <translation>Μόνο οι διαχειριστές διαχειρίζονται χρήστες.</translation>
    </message>
    <message>
        <source>Your role (%1) may not do this.</source>
        <translation>Ο ρόλος σας (%1) δεν επιτρέπει αυτή την ενέργεια.</translation>
    </message>
</context>
<context>
    <name>bss::SignInAgainDialog</name>
    <message>
        <source>Sign in again</source>
        <translation>Νέα σύνδεση</translation>
    </message>
    <message>
        <source>%1

Sign in again as %2 to go on: nothing you have not saved is lost.</source>
        <translation>%1

Συνδεθείτε ξανά ως %2 για να συνεχίσετε: τίποτα μη αποθηκευμένο δεν χάνεται.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Κωδικός πρόσβασης</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Κωδικός πρόσβασης:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Σύνδεση</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Πληκτρολογήστε τον κωδικό σας.</translation>
    </message>
</context>
<context>
    <name>bss::UserDialog</name>
    <message>
        <source>New user</source>
        <translation>Νέος χρήστης</translation>
    </message>
    <message>
        <source>Change role of %1</source>
        <translation>Αλλαγή ρόλου του %1</translation>
    </message>
    <message>
        <source>Reset password of %1</source>
        <translation>Επαναφορά κωδικού του %1</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Όνομα &amp;χρήστη:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Ρόλος:</translation>
    </message>
    <message>
        <source>Reseller account</source>
        <translation>Λογαριασμός μεταπωλητή</translation>
    </message>
    <message>
        <source>Reseller &amp;account:</source>
        <translation>&amp;Λογαριασμός μεταπωλητή:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Κωδικός πρόσβασης:</translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation>Επα&amp;νάληψη κωδικού:</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>τουλάχιστον 8 χαρακτήρες</translation>
    </message>
    <message>
        <source>The two passwords differ; type them again.</source>
        <translation>Οι δύο κωδικοί διαφέρουν· πληκτρολογήστε τους ξανά.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(κανένας)</translation>
    </message>
</context>
<context>
    <name>bss::UsersModel</name>
    <message>
        <source>Account %1</source>
        <translation>Λογαριασμός %1</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Απενεργοποιημένος</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ενεργός</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Όνομα χρήστη</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ρόλος</translation>
    </message>
    <message>
        <source>Reseller account</source>
        <translation>Λογαριασμός μεταπωλητή</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Δημιουργήθηκε</translation>
    </message>
</context>
<context>
    <name>bss::UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Χρήστες</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Αναζήτηση χρηστών</translation>
    </message>
    <message>
        <source>Search by user name, role or account</source>
        <translation>Αναζήτηση με όνομα χρήστη, ρόλο ή λογαριασμό</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;Νέος χρήστης…</translation>
    </message>
    <message>
        <source>New user (%1)</source>
        <translation>Νέος χρήστης (%1)</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Αλλαγή &amp;ρόλου…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Επαναφορά &amp;κωδικού…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Απενεργοποίηση</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Διαγραφή…</translation>
    </message>
    <message>
        <source>No users yet. Click “New user” to add the first one.</source>
        <translation>Δεν υπάρχουν χρήστες ακόμη. Πατήστε «Νέος χρήστης» για να προσθέσετε τον πρώτο.</translation>
    </message>
    <message>
        <source>Another administrator changes, disables or deletes your own user.</source>
        <translation>Τον δικό σας χρήστη τον αλλάζει, τον απενεργοποιεί ή τον διαγράφει άλλος διαχειριστής.</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Ενεργοποίηση</translation>
    </message>
    <message>
        <source>The password of %1 is set; their sessions have ended.</source>
        <translation>Ο κωδικός του %1 ορίστηκε· οι συνεδρίες του έληξαν.</translation>
    </message>
    <message>
        <source>User %1 saved.</source>
        <translation>Ο χρήστης %1 αποθηκεύτηκε.</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>Απενεργοποίηση χρήστη</translation>
    </message>
    <message>
        <source>Disable %1? They are signed out at once and cannot sign in until enabled again.</source>
        <translation>Απενεργοποίηση του %1; Αποσυνδέεται αμέσως και δεν μπορεί να συνδεθεί μέχρι να ενεργοποιηθεί ξανά.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Απενεργοποίηση</translation>
    </message>
    <message>
        <source>User %1 disabled and signed out.</source>
        <translation>Ο χρήστης %1 απενεργοποιήθηκε και αποσυνδέθηκε.</translation>
    </message>
    <message>
        <source>User %1 enabled.</source>
        <translation>Ο χρήστης %1 ενεργοποιήθηκε.</translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>Διαγραφή χρήστη</translation>
    </message>
    <message>
        <source>Delete %1? They are signed out at once; their name stays in the audit trail. This cannot be undone.</source>
        <translation>Διαγραφή του %1; Αποσυνδέεται αμέσως· το όνομά του μένει στο ιστορικό αλλαγών. Δεν αναιρείται.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Διαγραφή</translation>
    </message>
    <message>
        <source>User %1 deleted.</source>
        <translation>Ο χρήστης %1 διαγράφηκε.</translation>
    </message>
</context>
</TS>
