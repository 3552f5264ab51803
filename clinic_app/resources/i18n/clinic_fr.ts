<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountForm</name>
    <message>
        <source>Add a staff account</source>
        <translation>Ajouter un compte du personnel</translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation>Réinitialiser un mot de passe</translation>
    </message>
    <message>
        <source>Change a role</source>
        <translation>Changer un rôle</translation>
    </message>
    <message>
        <source>Account: {0} ({1})</source>
        <translation>Compte : {0} ({1})</translation>
    </message>
    <message>
        <source>Username (one word)</source>
        <translation>Nom d&apos;utilisateur (un seul mot)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Mot de passe temporaire</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Nouveau rôle</translation>
    </message>
    <message>
        <source>Tell the person this temporary password. They must choose their own at their next log-in. At least {0} characters, not the username.</source>
        <translation>Donnez ce mot de passe temporaire à la personne. Elle devra choisir le sien à sa prochaine connexion. Au moins {0} caractères, et pas le nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Ajouter le compte</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Changer le rôle</translation>
    </message>
    <message>
        <source>Suggest one</source>
        <translation>En proposer un</translation>
    </message>
    <message>
        <source>Added {0} ({1}). They choose their own password at their first log-in.</source>
        <translation>{0} ({1}) a été ajouté(e). La personne choisira son propre mot de passe à sa première connexion.</translation>
    </message>
    <message>
        <source>The password of {0} was reset. They choose a new one at their next log-in.</source>
        <translation>Le mot de passe de {0} a été réinitialisé. La personne en choisira un nouveau à sa prochaine connexion.</translation>
    </message>
    <message>
        <source>{0} is now {1}.</source>
        <translation>{0} est maintenant {1}.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit trail</source>
        <extracomment>(action prefix, label) offered in the &apos;What&apos; filter</extracomment>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>toutes les dates</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>tout le monde</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>&amp;From date</source>
        <translation>À partir du &amp;jour</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>À partir du jour</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Utilisateur</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>W&amp;hat</source>
        <translation>&amp;Quoi</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Audit entries, newest first</source>
        <translation>Entrées du journal, les plus récentes en premier</translation>
    </message>
    <message>
        <source>Show &amp;older entries</source>
        <translation>Afficher les entrées plus a&amp;nciennes</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>&amp;Check the chain</source>
        <translation>&amp;Vérifier la chaîne</translation>
    </message>
    <message>
        <source>No entries match.</source>
        <translation>Aucune entrée ne correspond.</translation>
    </message>
    <message>
        <source>{0} entries shown, newest first.</source>
        <translation>{0} entrées affichées, les plus récentes en premier.</translation>
    </message>
    <message>
        <source>Older entries: press &apos;Show older entries&apos;.</source>
        <translation>Entrées plus anciennes : appuyez sur « Afficher les entrées plus anciennes ».</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved {0} entries to {1}</source>
        <translation>{0} entrées enregistrées dans {1}</translation>
    </message>
    <message>
        <source>Checking every entry…</source>
        <translation>Vérification de chaque entrée…</translation>
    </message>
    <message>
        <source>Chain intact: {0} entries. Nothing was changed or removed.</source>
        <translation>Chaîne intacte : {0} entrées. Rien n&apos;a été modifié ni supprimé.</translation>
    </message>
    <message>
        <source>The chain is broken at entry {0} ({1}). Entries may have been changed or removed. Keep this PC as it is and tell whoever looks after your data.</source>
        <translation>La chaîne est rompue à l&apos;entrée {0} ({1}). Des entrées ont peut-être été modifiées ou supprimées. Laissez ce PC tel quel et prévenez la personne qui s&apos;occupe de vos données.</translation>
    </message>
    <message>
        <source>That did not work: {0}</source>
        <translation>Cela n&apos;a pas marché : {0}</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <extracomment>reads one page: (filters, limit, offset) -&gt; entries newest first (AuditService.search)</extracomment>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Entry {0}, action {1}, record {2}</source>
        <translation>Entrée {0}, action {1}, dossier {2}</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>Automatic backup: {0}</source>
        <extracomment>a line for the status bar</extracomment>
        <translation>Sauvegarde automatique : {0}</translation>
    </message>
    <message>
        <source>Automatic backup not made: {0}</source>
        <translation>Sauvegarde automatique non faite : {0}</translation>
    </message>
</context>
<context>
    <name>AutoSync</name>
    <message>
        <source>Synced with the hub at {0}.</source>
        <extracomment>a short line for the status bar a sync started (True) or ended (False) the CycleReport of a sync that finished the error a sync stopped with (a ClinicError in plain words, or another exception) options for the cycle (tests: no pause between retries)</extracomment>
        <translation>Synchronisé avec le serveur central à {0}.</translation>
    </message>
    <message>
        <source>⚠ Some records now have two versions: open them to choose the right one.</source>
        <translation>⚠ Certains dossiers ont maintenant deux versions : ouvrez-les pour choisir la bonne.</translation>
    </message>
    <message>
        <source>Sync skipped: the hub could not be reached. Your work is safe on this PC; sync will try again later.</source>
        <translation>Synchronisation reportée : le serveur central est injoignable. Votre travail est en sécurité sur ce PC ; la synchronisation réessaiera plus tard.</translation>
    </message>
    <message>
        <source>Sync did not finish: {0}</source>
        <translation>La synchronisation n&apos;a pas abouti : {0}</translation>
    </message>
    <message>
        <source>Sync did not finish ({0}). Your work is safe on this PC.</source>
        <translation>La synchronisation n&apos;a pas abouti ({0}). Votre travail est en sécurité sur ce PC.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>1. Where to</source>
        <translation>1. Où sauvegarder</translation>
    </message>
    <message>
        <source>Drives and folders to back up to</source>
        <translation>Lecteurs et dossiers où sauvegarder</translation>
    </message>
    <message>
        <source>Folder for the backup</source>
        <translation>Dossier de la sauvegarde</translation>
    </message>
    <message>
        <source>2. The backup passphrase</source>
        <translation>2. La phrase secrète de la sauvegarde</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Phrase secrète de la sauvegarde</translation>
    </message>
    <message>
        <source>Backup passphrase again</source>
        <translation>Phrase secrète de la sauvegarde (encore)</translation>
    </message>
    <message>
        <source>Remember it on this PC (needed for automatic backups)</source>
        <translation>La retenir sur ce PC (nécessaire pour les sauvegardes automatiques)</translation>
    </message>
    <message>
        <source>⚠ Write the passphrase down and lock it away. If it is lost, nobody can open the backups — not even us.</source>
        <translation>⚠ Notez la phrase secrète et rangez-la sous clé. Si elle est perdue, personne ne pourra ouvrir les sauvegardes — pas même nous.</translation>
    </message>
    <message>
        <source>Print a recovery sheet…</source>
        <translation>Imprimer une fiche de récupération…</translation>
    </message>
    <message>
        <source>The passphrase remembered on this PC is used. Type another one below only to change it.</source>
        <translation>La phrase secrète retenue sur ce PC est utilisée. Saisissez-en une autre ci-dessous seulement pour la changer.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase secrète :</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Encore :</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Avancement de la sauvegarde</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Last verified backup: {0}</source>
        <translation>Dernière sauvegarde vérifiée : {0}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Passphrase: {0}</source>
        <translation>Phrase secrète : {0}</translation>
    </message>
    <message>
        <source>⚠ The two do not match.</source>
        <translation>⚠ Les deux ne sont pas identiques.</translation>
    </message>
    <message>
        <source>At least 12 letters, or four words, e.g. “mango river blue lantern”.</source>
        <translation>Au moins 12 lettres, ou quatre mots, p. ex. « mangue rivière bleu lanterne ».</translation>
    </message>
    <message>
        <source>The backup failed: {0}. The earlier backups are untouched.</source>
        <translation>La sauvegarde a échoué : {0}. Les sauvegardes précédentes sont intactes.</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <source>Handouts for a day&apos;s visits</source>
        <translation>Fiches patient des visites d&apos;une journée</translation>
    </message>
    <message>
        <source>Day of the visits (year-month-day)</source>
        <translation>Jour des visites (année-mois-jour)</translation>
    </message>
    <message>
        <source>Folder for the PDF files</source>
        <translation>Dossier pour les fichiers PDF</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Choisir le dossier</translation>
    </message>
    <message>
        <source>Visits on:</source>
        <translation>Visites du :</translation>
    </message>
    <message>
        <source>Save the PDFs in:</source>
        <translation>Enregistrer les PDF dans :</translation>
    </message>
    <message>
        <source>Handouts made so far</source>
        <translation>Fiches patient faites jusqu&apos;ici</translation>
    </message>
    <message>
        <source>%v of %m handouts</source>
        <translation>%v fiches sur %m</translation>
    </message>
    <message>
        <source>What was made and what was skipped</source>
        <translation>Ce qui a été fait et ce qui a été sauté</translation>
    </message>
    <message>
        <source>&amp;Make the handouts</source>
        <translation>&amp;Faire les fiches patient</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop making handouts</source>
        <translation>Arrêter de faire les fiches patient</translation>
    </message>
    <message>
        <source>&amp;Print them all…</source>
        <translation>&amp;Tout imprimer…</translation>
    </message>
    <message>
        <source>Print every handout just made</source>
        <translation>Imprimer toutes les fiches patient qui viennent d&apos;être faites</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Folder for the handouts</source>
        <translation>Dossier pour les fiches patient</translation>
    </message>
    <message>
        <source>“{0}” is not a real date: write it as year-month-day, e.g. {1}.</source>
        <translation>« {0} » n&apos;est pas une date valide : écrivez-la sous la forme année-mois-jour, p. ex. {1}.</translation>
    </message>
    <message>
        <source>{0} patient(s) seen that day have a care plan.</source>
        <translation>{0} patient(s) vu(s) ce jour-là ont un plan de soins.</translation>
    </message>
    <message>
        <source>Nobody seen that day has a care plan yet.</source>
        <translation>Aucun patient vu ce jour-là n&apos;a encore de plan de soins.</translation>
    </message>
    <message>
        <source>Stopping after the handout being made…</source>
        <translation>Arrêt après la fiche patient en cours…</translation>
    </message>
    <message>
        <source>Stopped: {0} handout(s) were made before Cancel.</source>
        <translation>Arrêté : {0} fiche(s) patient faite(s) avant l&apos;annulation.</translation>
    </message>
    <message>
        <source>Made {0} handout(s) in {1}.</source>
        <translation>{0} fiche(s) patient faite(s) dans {1}.</translation>
    </message>
    <message>
        <source>Skipped {0}: {1}</source>
        <translation>Pas faite pour {0} : {1}</translation>
    </message>
    <message>
        <source>Print the handouts</source>
        <translation>Imprimer les fiches patient</translation>
    </message>
    <message>
        <source>The handouts could not be read back from {0}: {1}</source>
        <translation>Impossible de relire les fiches patient depuis {0} : {1}</translation>
    </message>
    <message>
        <source>Sent {0} handout(s), {1} page(s), to the printer.</source>
        <translation>{0} fiche(s) patient, {1} page(s), envoyée(s) à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>The handouts could not be made: {0}</source>
        <translation>Impossible de faire les fiches patient : {0}</translation>
    </message>
</context>
<context>
    <name>BundleBox</name>
    <message>
        <source>No internet? Carry the changes on a USB stick</source>
        <translation>Pas d&apos;Internet ? Transportez les changements sur une clé USB</translation>
    </message>
    <message>
        <source>Export writes the changes made on this PC to a USB stick for the district office. Import reads the return bundle they give back (a .clinicsync file).</source>
        <translation>L&apos;export écrit les changements faits sur ce PC sur une clé USB pour le bureau du district. L&apos;import lit le paquet de retour qu&apos;on vous donne là-bas (un fichier .clinicsync).</translation>
    </message>
    <message>
        <source>Export sync bundle…</source>
        <translation>Exporter un paquet de synchronisation…</translation>
    </message>
    <message>
        <source>Export a sync bundle to a USB stick</source>
        <translation>Exporter un paquet de synchronisation sur une clé USB</translation>
    </message>
    <message>
        <source>Import sync bundle…</source>
        <translation>Importer un paquet de synchronisation…</translation>
    </message>
    <message>
        <source>Import a sync bundle from a USB stick</source>
        <translation>Importer un paquet de synchronisation depuis une clé USB</translation>
    </message>
    <message>
        <source>Writing the sync bundle…</source>
        <translation>Écriture du paquet de synchronisation…</translation>
    </message>
    <message>
        <source>✓ Sync bundle written: {0} in {1}. It carries the {2} changes the hub does not have yet. Take it to the district office, and import the return bundle they give you.</source>
        <translation>✓ Paquet de synchronisation écrit : {0} dans {1}. Il contient les {2} changements que le serveur central n&apos;a pas encore. Apportez-le au bureau du district, puis importez le paquet de retour qu&apos;on vous donnera.</translation>
    </message>
    <message>
        <source>Sync bundle to import</source>
        <translation>Paquet de synchronisation à importer</translation>
    </message>
    <message>
        <source>Sync bundles (*.clinicsync)</source>
        <translation>Paquets de synchronisation (*.clinicsync)</translation>
    </message>
    <message>
        <source>Reading the sync bundle…</source>
        <translation>Lecture du paquet de synchronisation…</translation>
    </message>
    <message>
        <source>✓ Return bundle read: {0} changes from other PCs applied; the hub confirmed {1} changes made on this PC.</source>
        <translation>✓ Paquet de retour lu : {0} changements venant d&apos;autres PC appliqués ; le serveur central a confirmé {1} changements faits sur ce PC.</translation>
    </message>
    <message>
        <source>✓ Bundle read: {0} changes applied.</source>
        <translation>✓ Paquet lu : {0} changements appliqués.</translation>
    </message>
    <message>
        <source>({0} were here already.)</source>
        <translation>({0} étaient déjà là.)</translation>
    </message>
    <message>
        <source>⚠ Two PCs changed the same details at the same time ({0}): choose the right version below.</source>
        <translation>⚠ Deux PC ont modifié les mêmes informations en même temps ({0}) : choisissez la bonne version ci-dessous.</translation>
    </message>
    <message>
        <source>⚠ The hub held back {0} changes made on this PC: its clock looks wrong.</source>
        <translation>⚠ Le serveur central a retenu {0} changements faits sur ce PC : son horloge semble fausse.</translation>
    </message>
    <message>
        <source>That did not finish: {0}. Your work is safe on this PC.</source>
        <translation>Cela n&apos;a pas abouti : {0}. Votre travail est en sécurité sur ce PC.</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <source>Call {0}</source>
        <translation>Appeler {0}</translation>
    </message>
    <message>
        <source>1st try</source>
        <translation>1er essai</translation>
    </message>
    <message>
        <source>Try {0}</source>
        <translation>Essai {0}</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Enregistrer (Enter)</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Retour (Esc)</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Numéros de téléphone</translation>
    </message>
    <message>
        <source>wrong number: do not use</source>
        <translation>mauvais numéro : ne pas utiliser</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>No phone number on record.</source>
        <translation>Aucun numéro de téléphone enregistré.</translation>
    </message>
    <message>
        <source>Copy {0}</source>
        <translation>Copier {0}</translation>
    </message>
    <message>
        <source>About this patient</source>
        <translation>À propos de ce patient</translation>
    </message>
    <message>
        <source>Speaks: {0}</source>
        <translation>Parle : {0}</translation>
    </message>
    <message>
        <source>Support person: {0} {1}</source>
        <translation>Personne de soutien : {0} {1}</translation>
    </message>
    <message>
        <source>no consent recorded: do not share health details</source>
        <translation>aucun consentement enregistré : ne partagez pas d&apos;informations de santé</translation>
    </message>
    <message>
        <source>Support person: none recorded</source>
        <translation>Personne de soutien : aucune enregistrée</translation>
    </message>
    <message>
        <source>Last visit: {0}</source>
        <translation>Dernière visite : {0}</translation>
    </message>
    <message>
        <source>Last visit: none on record</source>
        <translation>Dernière visite : aucune enregistrée</translation>
    </message>
    <message>
        <source>Medicines and goals</source>
        <translation>Médicaments et objectifs</translation>
    </message>
    <message>
        <source>No care plan yet.</source>
        <translation>Pas encore de plan de soins.</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>matin</translation>
    </message>
    <message>
        <source>midday</source>
        <translation>midi</translation>
    </message>
    <message>
        <source>evening</source>
        <translation>soir</translation>
    </message>
    <message>
        <source>bedtime</source>
        <translation>coucher</translation>
    </message>
    <message>
        <source>Agreed: {0}</source>
        <translation>Convenu : {0}</translation>
    </message>
    <message>
        <source>No medicines in the plan.</source>
        <translation>Aucun médicament dans le plan.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Their goals&lt;/b&gt;, in their words:</source>
        <translation>&lt;b&gt;Ses objectifs&lt;/b&gt;, avec ses mots :</translation>
    </message>
    <message>
        <source>What to say</source>
        <translation>Quoi dire</translation>
    </message>
    <message>
        <source>No script in {0} yet: these words are in English; say them in the patient&apos;s language.</source>
        <translation>Pas encore de texte en {0} : ces mots sont en anglais ; dites-les dans la langue du patient.</translation>
    </message>
    <message>
        <source>{0}, key {1}</source>
        <translation>{0}, touche {1}</translation>
    </message>
    <message>
        <source>What happened? Press a letter key: {0}. Esc closes without saving.</source>
        <translation>Que s&apos;est-il passé ? Appuyez sur une lettre : {0}. Esc ferme sans enregistrer.</translation>
    </message>
    <message>
        <source>{0}: Enter saves, Esc goes back.</source>
        <translation>{0} : Entrée enregistre, Esc revient en arrière.</translation>
    </message>
    <message>
        <source>Saving failed: {0}. Nothing was changed.</source>
        <translation>L&apos;enregistrement a échoué : {0}. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Copied {0}. Paste it into the phone or dial it, then press the key for what happened.</source>
        <translation>{0} copié. Collez-le dans le téléphone ou composez-le, puis appuyez sur la touche de ce qui s&apos;est passé.</translation>
    </message>
</context>
<context>
    <name>CallbackForm</name>
    <message>
        <source>When should we call back? Type or use the arrow keys; Enter saves.</source>
        <translation>Quand devons-nous rappeler ? Saisissez la date ou utilisez les flèches ; Entrée enregistre.</translation>
    </message>
    <message>
        <source>Call back at</source>
        <translation>Rappeler le</translation>
    </message>
</context>
<context>
    <name>CallsPage</name>
    <message>
        <source>Calls counts</source>
        <extracomment>a call was logged or undone: the patient&apos;s id</extracomment>
        <translation>Nombre d&apos;appels</translation>
    </message>
    <message>
        <source>Show only this kind of call</source>
        <translation>Afficher seulement ce type d&apos;appel</translation>
    </message>
    <message>
        <source>All kinds of call</source>
        <translation>Tous les types d&apos;appel</translation>
    </message>
    <message>
        <source>Show only patients who speak</source>
        <translation>Afficher seulement les patients qui parlent</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <source>Only mine (and unassigned)</source>
        <translation>Seulement les miens (et ceux non attribués)</translation>
    </message>
    <message>
        <source>Only calls assigned to me or to nobody</source>
        <translation>Seulement les appels attribués à moi ou à personne</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Actualiser (F5)</translation>
    </message>
    <message>
        <source>Read the call list again</source>
        <translation>Relire la liste des appels</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>Calls to make today</source>
        <translation>Appels à faire aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Arrow keys choose a patient; Enter opens the call.</source>
        <translation>Les flèches choisissent un patient ; Entrée ouvre l&apos;appel.</translation>
    </message>
    <message>
        <source>Undo the last call logged</source>
        <translation>Annuler le dernier appel enregistré</translation>
    </message>
    <message>
        <source>Undo last call</source>
        <translation>Annuler le dernier appel</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Due today: {0}   ·   Overdue: {1}   ·   Call-backs asked for: {2}</source>
        <translation>Pour aujourd&apos;hui : {0}   ·   En retard : {1}   ·   Rappels demandés : {2}</translation>
    </message>
    <message>
        <source>(filtered)</source>
        <translation>(filtré)</translation>
    </message>
    <message>
        <source>No calls left for today. Well done.</source>
        <translation>Plus aucun appel pour aujourd&apos;hui. Bravo.</translation>
    </message>
    <message>
        <source>No calls match these filters.</source>
        <translation>Aucun appel ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>The call list could not be read: {0}</source>
        <translation>Impossible de lire la liste des appels : {0}</translation>
    </message>
    <message>
        <source>Undo last call: {0}, {1} (Ctrl+Z)</source>
        <translation>Annuler le dernier appel : {0}, {1} (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undone: the call to {0} was taken back.</source>
        <translation>Annulé : l&apos;appel à {0} a été retiré.</translation>
    </message>
</context>
<context>
    <name>CarePlanDialog</name>
    <message>
        <source>Care plan — {0}</source>
        <extracomment>the medicines table&apos;s columns, left to right, by their key in the plan data</extracomment>
        <translation>Plan de soins — {0}</translation>
    </message>
    <message>
        <source>Only clinicians can change the care plan. You can read it here.</source>
        <translation>Seul le personnel soignant peut modifier le plan de soins. Vous pouvez le lire ici.</translation>
    </message>
    <message>
        <source>Plan language</source>
        <translation>Langue du plan</translation>
    </message>
    <message>
        <source>Plan &amp;language:</source>
        <translation>&amp;Langue du plan :</translation>
    </message>
    <message>
        <source>The language the patient reads; the handout is printed in it.</source>
        <translation>La langue que lit le patient ; la fiche patient est imprimée dans cette langue.</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Problèmes de santé</translation>
    </message>
    <message>
        <source>Add a condition from the library</source>
        <translation>Ajouter un problème de santé depuis la liste</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Ajouter le problème de santé</translation>
    </message>
    <message>
        <source>Add a condition from the &amp;library:</source>
        <translation>Ajouter un problème de santé depuis la &amp;liste :</translation>
    </message>
    <message>
        <source>No conditions written yet.</source>
        <translation>Aucun problème de santé écrit pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Médicaments</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Matin</translation>
    </message>
    <message>
        <source>Midday</source>
        <translation>Midi</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Soir</translation>
    </message>
    <message>
        <source>Bedtime</source>
        <translation>Coucher</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>À quoi il sert</translation>
    </message>
    <message>
        <source>Side effects to watch</source>
        <translation>Effets indésirables à surveiller</translation>
    </message>
    <message>
        <source>Agreed change</source>
        <translation>Changement convenu</translation>
    </message>
    <message>
        <source>e.g. Amlodipine</source>
        <translation>p. ex. Amlodipine</translation>
    </message>
    <message>
        <source>e.g. 5 mg tablet</source>
        <translation>p. ex. comprimé de 5 mg</translation>
    </message>
    <message>
        <source>In plain words, e.g. Keeps your blood pressure down.</source>
        <translation>Avec des mots simples, p. ex. Fait baisser votre tension.</translation>
    </message>
    <message>
        <source>e.g. Swollen ankles.</source>
        <translation>p. ex. Chevilles enflées.</translation>
    </message>
    <message>
        <source>e.g. takes it in the evening — agreed with Dr. Okafor</source>
        <translation>p. ex. le prend le soir — convenu avec le Dr Okafor</translation>
    </message>
    <message>
        <source>One medicine a row; the pills taken in the morning, at midday, in the evening and at bedtime.</source>
        <translation>Un médicament par ligne ; les comprimés pris le matin, à midi, le soir et au coucher.</translation>
    </message>
    <message>
        <source>Pills at this time: 1, 2, ½ or 1½</source>
        <translation>Comprimés à ce moment : 1, 2, ½ ou 1½</translation>
    </message>
    <message>
        <source>Add medicine</source>
        <translation>Ajouter un médicament</translation>
    </message>
    <message>
        <source>Remove medicine</source>
        <translation>Retirer le médicament</translation>
    </message>
    <message>
        <source>Pills at each time of day: 1, 2, ½ or 1½ (0.5 or 1/2 work too). Leave a time empty when none is taken then.</source>
        <translation>Comprimés à chaque moment de la journée : 1, 2, ½ ou 1½ (0.5 ou 1/2 marchent aussi). Laissez un moment vide si rien n&apos;est pris à ce moment-là.</translation>
    </message>
    <message>
        <source>The patient&apos;s goals, in their own words</source>
        <translation>Les objectifs du patient, avec ses propres mots</translation>
    </message>
    <message>
        <source>One goal a line. Write what the patient says, as they say it.</source>
        <translation>Un objectif par ligne. Écrivez ce que dit le patient, comme il le dit.</translation>
    </message>
    <message>
        <source>Call us or come in if…</source>
        <translation>Appelez-nous ou venez si…</translation>
    </message>
    <message>
        <source>Warning signs, one a line. Each finishes the sentence “Call us or come in if…”.</source>
        <translation>Signes d&apos;alerte, un par ligne. Chacun termine la phrase « Appelez-nous ou venez si… ».</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <source>What the patient will do, one a line.</source>
        <translation>Ce que le patient va faire, une chose par ligne.</translation>
    </message>
    <message>
        <source>Next appointment and support</source>
        <translation>Prochain rendez-vous et soutien</translation>
    </message>
    <message>
        <source>e.g. 2026-12-01 09:30</source>
        <translation>p. ex. 2026-12-01 09:30</translation>
    </message>
    <message>
        <source>e.g. Dr. Okafor</source>
        <translation>p. ex. Dr Okafor</translation>
    </message>
    <message>
        <source>name and relationship, e.g. Grace (daughter)</source>
        <translation>nom et lien, p. ex. Grace (fille)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or YYYY-MM-DD HH:MM. Leave empty to use the next booked appointment</source>
        <translation>AAAA-MM-JJ, ou AAAA-MM-JJ HH:MM. Laissez vide pour utiliser le prochain rendez-vous pris</translation>
    </message>
    <message>
        <source> ({0}).</source>
        <translation> ({0}).</translation>
    </message>
    <message>
        <source> (none is booked yet).</source>
        <translation> (aucun n&apos;est encore pris).</translation>
    </message>
    <message>
        <source>Next &amp;appointment</source>
        <translation>Prochain &amp;rendez-vous</translation>
    </message>
    <message>
        <source>&amp;With whom</source>
        <translation>&amp;Avec qui</translation>
    </message>
    <message>
        <source>&amp;Support person</source>
        <translation>&amp;Personne de soutien</translation>
    </message>
    <message>
        <source>Someone the patient agreed we may involve (family, caregiver).</source>
        <translation>Une personne que le patient accepte que nous impliquions (famille, aidant).</translation>
    </message>
    <message>
        <source>Save as new version (Ctrl+S)</source>
        <translation>Enregistrer comme nouvelle version (Ctrl+S)</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <source>Print or preview…</source>
        <translation>Imprimer ou voir l&apos;aperçu…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Write my own…</source>
        <translation>Écrire moi-même…</translation>
    </message>
    <message>
        <source>Added {0} warning signs of “{1}”.</source>
        <translation>{0} signes d&apos;alerte de « {1} » ajoutés.</translation>
    </message>
    <message>
        <source>The warning signs of “{0}” are already there.</source>
        <translation>Les signes d&apos;alerte de « {0} » sont déjà là.</translation>
    </message>
    <message>
        <source>For example:</source>
        <translation>Par exemple :</translation>
    </message>
    <message>
        <source>Choose a medicine in the table first.</source>
        <translation>Choisissez d&apos;abord un médicament dans le tableau.</translation>
    </message>
    <message>
        <source>Version {0}, saved {1} by {2}.</source>
        <translation>Version {0}, enregistrée le {1} par {2}.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu&apos;un</translation>
    </message>
    <message>
        <source>No care plan saved yet: saving makes version 1.</source>
        <translation>Aucun plan de soins enregistré pour l&apos;instant : l&apos;enregistrement crée la version 1.</translation>
    </message>
    <message>
        <source>No care plan yet.</source>
        <translation>Pas encore de plan de soins.</translation>
    </message>
    <message>
        <source>Preview and print the handout of version {0}.</source>
        <translation>Voir l&apos;aperçu et imprimer la fiche patient de la version {0}.</translation>
    </message>
    <message>
        <source>Save the plan first: the handout is printed from the saved version.</source>
        <translation>Enregistrez d&apos;abord le plan : la fiche patient est imprimée à partir de la version enregistrée.</translation>
    </message>
    <message>
        <source>There is no saved plan to print yet.</source>
        <translation>Il n&apos;y a pas encore de plan enregistré à imprimer.</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>Changements pas encore enregistrés.</translation>
    </message>
    <message>
        <source>Condition {0}</source>
        <translation>Problème de santé {0}</translation>
    </message>
    <message>
        <source>{0}: name</source>
        <translation>{0} : nom</translation>
    </message>
    <message>
        <source>{0}: in plain words</source>
        <translation>{0} : avec des mots simples</translation>
    </message>
    <message>
        <source>Medicine {0}</source>
        <translation>Médicament {0}</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Signes d&apos;alerte</translation>
    </message>
    <message>
        <source>Saved as version {0}</source>
        <translation>Enregistré comme version {0}</translation>
    </message>
    <message>
        <source>Saving failed: {0}. Nothing was changed.</source>
        <translation>L&apos;enregistrement a échoué : {0}. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>row {0}</source>
        <translation>ligne {0}</translation>
    </message>
    <message>
        <source>{0}, {1}: {2}</source>
        <translation>{0}, {1} : {2}</translation>
    </message>
    <message>
        <source>Nothing was saved. Correct what is marked below.</source>
        <translation>Rien n&apos;a été enregistré. Corrigez ce qui est signalé ci-dessous.</translation>
    </message>
    <message>
        <source>Close without saving? The changes to the care plan will be lost.</source>
        <translation>Fermer sans enregistrer ? Les changements du plan de soins seront perdus.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Choose a new password</source>
        <translation>Choisissez un nouveau mot de passe</translation>
    </message>
    <message>
        <source>{0}, your password was set by a manager. Choose your own password now; only you should know it.</source>
        <translation>{0}, votre mot de passe a été fixé par un responsable. Choisissez maintenant votre propre mot de passe ; vous seul(e) devez le connaître.</translation>
    </message>
    <message>
        <source>Choose a new password for {0}.</source>
        <translation>Choisissez un nouveau mot de passe pour {0}.</translation>
    </message>
    <message>
        <source>At least {0} characters, and not your username. A few words you can remember are easier than one short odd word.</source>
        <translation>Au moins {0} caractères, et pas votre nom d&apos;utilisateur. Quelques mots faciles à retenir valent mieux qu&apos;un mot court et bizarre.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Nouveau mot de passe (encore)</translation>
    </message>
    <message>
        <source>Save new password</source>
        <translation>Enregistrer le nouveau mot de passe</translation>
    </message>
    <message>
        <source>Log out and quit</source>
        <translation>Se déconnecter et quitter</translation>
    </message>
    <message>
        <source>The two new passwords are not the same. Type them again.</source>
        <translation>Les deux nouveaux mots de passe ne sont pas identiques. Saisissez-les de nouveau.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Vérifier avant d&apos;importer</translation>
    </message>
    <message>
        <source>Also import the rows that look like duplicates (I checked: they are different people)</source>
        <translation>Importer aussi les lignes qui ressemblent à des doublons (j&apos;ai vérifié : ce sont des personnes différentes)</translation>
    </message>
    <message>
        <source>Row in file</source>
        <translation>Ligne dans le fichier</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Vérification de chaque ligne…</translation>
    </message>
    <message>
        <source>Checking %v of %m</source>
        <translation>Vérification : %v sur %m</translation>
    </message>
    <message>
        <source>Saving %v of %m</source>
        <translation>Enregistrement : %v sur %m</translation>
    </message>
    <message>
        <source>✓ {0} patients will be imported.</source>
        <translation>✓ {0} patients seront importés.</translation>
    </message>
    <message>
        <source>⚠ {0} look like patients already registered, or appear twice in the file: not imported.</source>
        <translation>⚠ {0} ressemblent à des patients déjà inscrits, ou apparaissent deux fois dans le fichier : non importés.</translation>
    </message>
    <message>
        <source>✗ {0} cannot be imported: the reason is given for each.</source>
        <translation>✗ {0} ne peuvent pas être importés : la raison est indiquée pour chacun.</translation>
    </message>
    <message>
        <source>The rows not imported will be saved in a file that you can correct and import again.</source>
        <translation>Les lignes non importées seront enregistrées dans un fichier que vous pourrez corriger et importer de nouveau.</translation>
    </message>
    <message>
        <source>Duplicate?</source>
        <translation>Doublon ?</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Import impossible</translation>
    </message>
    <message>
        <source>Import {0} patients</source>
        <translation>Importer {0} patients</translation>
    </message>
    <message>
        <source>Importing… the patients appear only when every one is saved.</source>
        <translation>Import en cours… les patients apparaissent seulement quand tous sont enregistrés.</translation>
    </message>
</context>
<context>
    <name>ClinicPage</name>
    <message>
        <source>Your clinic</source>
        <translation>Votre clinique</translation>
    </message>
    <message>
        <source>These appear on screens and printed handouts. A manager can change them later in Manage → Clinic settings.</source>
        <translation>Ces informations apparaissent à l&apos;écran et sur les fiches patient imprimées. Un responsable peut les changer plus tard dans Gestion → Réglages de la clinique.</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Nom de la clinique</translation>
    </message>
    <message>
        <source>Clinic phone</source>
        <translation>Téléphone de la clinique</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>2 letters, for reading phone numbers: KE Kenya, TZ Tanzania, NG Nigeria, MX Mexico…</source>
        <translation>2 lettres, pour lire les numéros de téléphone : KE Kenya, TZ Tanzanie, NG Nigeria, MX Mexique…</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Langue par défaut</translation>
    </message>
    <message>
        <source>Clinic numbers start with</source>
        <translation>Les numéros de dossier commencent par</translation>
    </message>
    <message>
        <source>2 to 5 letters, e.g. KIB gives KIB-000001</source>
        <translation>2 à 5 lettres, p. ex. KIB donne KIB-000001</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <source>Which column holds what?</source>
        <translation>Quelle colonne contient quoi ?</translation>
    </message>
    <message>
        <source>The columns were matched by their names. Check each one and change it if it is wrong; choose “Do not import” for columns you do not need.</source>
        <translation>Les colonnes ont été associées d&apos;après leur nom. Vérifiez chacune et changez-la si elle est fausse ; choisissez « Ne pas importer » pour les colonnes dont vous n&apos;avez pas besoin.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne dans le fichier</translation>
    </message>
    <message>
        <source>For example</source>
        <translation>Par exemple</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Enregistrer comme</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Save column {0} as</source>
        <translation>Enregistrer la colonne {0} comme</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>Ne pas importer</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <source>Add its warning signs</source>
        <translation>Ajouter ses signes d&apos;alerte</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>In plain words</source>
        <translation>Avec des mots simples</translation>
    </message>
    <message>
        <source>Condition {0} name</source>
        <translation>Nom du problème de santé {0}</translation>
    </message>
    <message>
        <source>Condition {0} in plain words</source>
        <translation>Problème de santé {0} avec des mots simples</translation>
    </message>
    <message>
        <source>Add the warning signs of condition {0}</source>
        <translation>Ajouter les signes d&apos;alerte du problème de santé {0}</translation>
    </message>
    <message>
        <source>Remove condition {0}</source>
        <translation>Retirer le problème de santé {0}</translation>
    </message>
</context>
<context>
    <name>ConflictWords</name>
    <message>
        <source>given name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>nom de famille</translation>
    </message>
    <message>
        <source>other names</source>
        <translation>autres noms</translation>
    </message>
    <message>
        <source>phone numbers</source>
        <translation>numéros de téléphone</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>date de naissance</translation>
    </message>
    <message>
        <source>year of birth</source>
        <translation>année de naissance</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>sexe</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>conservé</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>no number</source>
        <translation>aucun numéro</translation>
    </message>
    <message>
        <source>female</source>
        <translation>femme</translation>
    </message>
    <message>
        <source>male</source>
        <translation>homme</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>This PC removed this record (for example merged it into another) while another PC was changing it.</source>
        <translation>Ce PC a supprimé ce dossier (par exemple en le fusionnant avec un autre) pendant qu&apos;un autre PC le modifiait.</translation>
    </message>
    <message>
        <source>Another PC removed this record (for example merged it into another) while this PC was changing it.</source>
        <translation>Un autre PC a supprimé ce dossier (par exemple en le fusionnant avec un autre) pendant que ce PC le modifiait.</translation>
    </message>
    <message>
        <source>It is removed now.</source>
        <translation>Il est maintenant supprimé.</translation>
    </message>
    <message>
        <source>It is kept now.</source>
        <translation>Il est maintenant conservé.</translation>
    </message>
    <message>
        <source>Two PCs changed the {0} at the same time: this PC had {1}, the other PC {2}. The record shows {3} now.</source>
        <translation>Deux PC ont modifié le champ « {0} » en même temps : ce PC avait {1}, l&apos;autre PC {2}. Le dossier affiche maintenant {3}.</translation>
    </message>
    <message>
        <source>Keep it removed</source>
        <translation>Le laisser supprimé</translation>
    </message>
    <message>
        <source>Restore the record</source>
        <translation>Rétablir le dossier</translation>
    </message>
    <message>
        <source>this PC&apos;s</source>
        <translation>version de ce PC</translation>
    </message>
    <message>
        <source>the other PC&apos;s</source>
        <translation>version de l&apos;autre PC</translation>
    </message>
    <message>
        <source>Keep {0} ({1})</source>
        <translation>Garder {0} ({1})</translation>
    </message>
    <message>
        <source>shown now</source>
        <translation>affiché maintenant</translation>
    </message>
    <message>
        <source>{0}: removed at one PC, changed at another</source>
        <translation>{0} : supprimé sur un PC, modifié sur un autre</translation>
    </message>
    <message>
        <source>{0}: {1} — this PC {2}, the other PC {3}</source>
        <translation>{0} : {1} — ce PC : {2}, l&apos;autre PC : {3}</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Contacts to confirm</source>
        <extracomment>the person asked to edit the patient&apos;s number (the patient dialog opens)</extracomment>
        <translation>Coordonnées à confirmer</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Last confirmed</source>
        <translation>Dernière confirmation</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Phone &amp;confirmed today</source>
        <translation>Téléphone &amp;confirmé aujourd&apos;hui</translation>
    </message>
    <message>
        <source>The patient says the number is right: confirmed today</source>
        <translation>Le patient dit que le numéro est bon : confirmé aujourd&apos;hui</translation>
    </message>
    <message>
        <source>&amp;Edit number… (Enter)</source>
        <translation>&amp;Modifier le numéro… (Enter)</translation>
    </message>
    <message>
        <source>Open the patient&apos;s record to correct the number</source>
        <translation>Ouvrir le dossier du patient pour corriger le numéro</translation>
    </message>
    <message>
        <source>Mark &amp;moved away</source>
        <translation>Marquer comme &amp;déménagé</translation>
    </message>
    <message>
        <source>The patient moved away: stop calling</source>
        <translation>Le patient a déménagé : ne plus l&apos;appeler</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Every number is confirmed. Nothing to do.</source>
        <translation>Tous les numéros sont confirmés. Rien à faire.</translation>
    </message>
    <message>
        <source>The first {0} patients</source>
        <translation>Les {0} premiers patients</translation>
    </message>
    <message>
        <source>{0} patients</source>
        <translation>{0} patients</translation>
    </message>
    <message>
        <source>need their contact details checked, most urgent first. Call or ask them at the desk; ✗ marks a wrong number.</source>
        <translation>ont des coordonnées à vérifier, les plus urgents en premier. Appelez-les ou demandez-leur à l&apos;accueil ; ✗ signale un mauvais numéro.</translation>
    </message>
    <message>
        <source>There is no number to confirm: use Edit number.</source>
        <translation>Il n&apos;y a aucun numéro à confirmer : utilisez Modifier le numéro.</translation>
    </message>
    <message>
        <source>Mark {0} as moved away? They will not be called again.</source>
        <translation>Marquer {0} comme déménagé(e) ? Cette personne ne sera plus appelée.</translation>
    </message>
</context>
<context>
    <name>DatesPage</name>
    <message>
        <source>How are the dates written?</source>
        <translation>Comment les dates sont-elles écrites ?</translation>
    </message>
    <message>
        <source>January</source>
        <translation>janvier</translation>
    </message>
    <message>
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>décembre</translation>
    </message>
    <message>
        <source>Dates in this file, such as {0}, can be read two ways. Look at the list in your spreadsheet program, or ask who made it, and choose:</source>
        <translation>Les dates de ce fichier, comme {0}, peuvent se lire de deux façons. Regardez la liste dans votre tableur, ou demandez à la personne qui l&apos;a faite, puis choisissez :</translation>
    </message>
    <message>
        <source>Day first: {0} is {1} {2} {3}</source>
        <translation>Jour d&apos;abord : {0} correspond au {1} {2} {3}</translation>
    </message>
    <message>
        <source>Month first: {0} is {1} {2}, {3}</source>
        <translation>Mois d&apos;abord : {0} correspond au {2} {1} {3}</translation>
    </message>
</context>
<context>
    <name>DeclineForm</name>
    <message>
        <source>Why did they say no? Arrow keys choose, Enter saves.</source>
        <translation>Pourquoi la personne a-t-elle dit non ? Les flèches choisissent, Entrée enregistre.</translation>
    </message>
    <message>
        <source>Reason they declined</source>
        <translation>Raison du refus</translation>
    </message>
    <message>
        <source>Their words</source>
        <translation>Ses mots</translation>
    </message>
    <message>
        <source>Their reason, in their words</source>
        <translation>Sa raison, avec ses mots</translation>
    </message>
    <message>
        <source>Choose why they said no (arrow keys), then press Enter.</source>
        <translation>Choisissez pourquoi la personne a dit non (flèches), puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Write their reason in their words.</source>
        <translation>Écrivez sa raison avec ses mots.</translation>
    </message>
</context>
<context>
    <name>DeclinersPage</name>
    <message>
        <source>People who said no</source>
        <translation>Personnes qui ont dit non</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Their words</source>
        <translation>Ses mots</translation>
    </message>
    <message>
        <source>Said no on</source>
        <translation>A dit non le</translation>
    </message>
    <message>
        <source>Next gentle approach</source>
        <translation>Prochaine approche en douceur</translation>
    </message>
    <message>
        <source>Next approach date</source>
        <translation>Date de la prochaine approche</translation>
    </message>
    <message>
        <source>Next approach:</source>
        <translation>Prochaine approche :</translation>
    </message>
    <message>
        <source>&amp;Change date</source>
        <translation>&amp;Changer la date</translation>
    </message>
    <message>
        <source>Change when this person is next approached</source>
        <translation>Changer la date de la prochaine approche de cette personne</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>non prévue</translation>
    </message>
    <message>
        <source>{0} people said no. They are asked again gently on the date shown; nobody calls them before then unless they asked.</source>
        <translation>{0} personnes ont dit non. On leur redemande en douceur à la date indiquée ; personne ne les appelle avant, sauf si elles l&apos;ont demandé.</translation>
    </message>
    <message>
        <source>Nobody has said no.</source>
        <translation>Personne n&apos;a dit non.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Import finished</source>
        <translation>Import terminé</translation>
    </message>
    <message>
        <source>✓ {0} patients were imported.</source>
        <translation>✓ {0} patients ont été importés.</translation>
    </message>
    <message>
        <source>Their clinic numbers are {0} to {1}.</source>
        <translation>Leurs numéros de dossier vont de {0} à {1}.</translation>
    </message>
    <message>
        <source>{0} rows were not imported. They are in this file:</source>
        <translation>{0} lignes n&apos;ont pas été importées. Elles sont dans ce fichier :</translation>
    </message>
    <message>
        <source>Open it in your spreadsheet program. The last column says what is wrong in each row. Correct the rows, delete the rows of patients who are already registered, save the file, then import it again. If a row that looks like a duplicate is really another person, tick “Also import the rows that look like duplicates” then.</source>
        <translation>Ouvrez-le dans votre tableur. La dernière colonne indique ce qui ne va pas dans chaque ligne. Corrigez les lignes, supprimez celles des patients déjà inscrits, enregistrez le fichier, puis importez-le de nouveau. Si une ligne qui ressemble à un doublon est vraiment une autre personne, cochez alors « Importer aussi les lignes qui ressemblent à des doublons ».</translation>
    </message>
</context>
<context>
    <name>DrivePicker</name>
    <message>
        <source>Look again for USB sticks</source>
        <translation>Chercher de nouveau les clés USB</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Choisir un dossier…</translation>
    </message>
    <message>
        <source>{0} ({1}, {2} free)</source>
        <translation>{0} ({1}, {2} libres)</translation>
    </message>
    <message>
        <source>No USB stick found. Plug one in and press “Look again”, or choose a folder.</source>
        <translation>Aucune clé USB trouvée. Branchez-en une et appuyez sur « Chercher de nouveau », ou choisissez un dossier.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the patient list</source>
        <translation>Choisissez la liste des patients</translation>
    </message>
    <message>
        <source>Save the list from your spreadsheet program as CSV (or use a FHIR file from another system). Nothing is saved until the last step.</source>
        <translation>Enregistrez la liste depuis votre tableur au format CSV (ou utilisez un fichier FHIR venant d&apos;un autre système). Rien n&apos;est enregistré avant la dernière étape.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choisir le fichier…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Patient lists (*.csv *.txt *.tsv *.json);;All files (*)</source>
        <translation>Listes de patients (*.csv *.txt *.tsv *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>virgules</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>points-virgules</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabulations</translation>
    </message>
    <message>
        <source>vertical bars</source>
        <translation>barres verticales</translation>
    </message>
    <message>
        <source>FHIR file</source>
        <translation>Fichier FHIR</translation>
    </message>
    <message>
        <source>Text: {0}. Values separated by {1}.</source>
        <translation>Texte : {0}. Valeurs séparées par des {1}.</translation>
    </message>
    <message>
        <source>✓ Found {0} patients in {1} columns. {2}</source>
        <translation>✓ {0} patients trouvés dans {1} colonnes. {2}</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <source>Handout — {0}</source>
        <extracomment>the printer chosen last (kept: the next print starts from it), alive while its dialog is open</extracomment>
        <translation>Fiche patient — {0}</translation>
    </message>
    <message>
        <source>Language of the handout</source>
        <translation>Langue de la fiche patient</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <source>Letter (US)</source>
        <translation>Letter (format US)</translation>
    </message>
    <message>
        <source>Clinician&apos;s copy (adds the teach-back checklist)</source>
        <translation>Copie du soignant (ajoute la liste de contrôle « faire redire »)</translation>
    </message>
    <message>
        <source>Clinician&apos;s copy</source>
        <translation>Copie du soignant</translation>
    </message>
    <message>
        <source>Preview of the handout</source>
        <translation>Aperçu de la fiche patient</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the handout</source>
        <translation>Imprimer la fiche patient</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Save the handout as a PDF file</source>
        <translation>Enregistrer la fiche patient dans un fichier PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier :</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>Préparation de l&apos;aperçu…</translation>
    </message>
    <message>
        <source>Plan version {0} · {1} · {2} page(s)</source>
        <translation>Version du plan {0} · {1} · {2} page(s)</translation>
    </message>
    <message>
        <source>The handout could not be made: {0}</source>
        <translation>Impossible de faire la fiche patient : {0}</translation>
    </message>
    <message>
        <source>Sent to the printer ({0} page(s)).</source>
        <translation>Envoyé à l&apos;imprimante ({0} page(s)).</translation>
    </message>
    <message>
        <source>Save the handout as a PDF</source>
        <translation>Enregistrer la fiche patient en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved to {0}: {1}. Choose another folder or check the stick, then try again.</source>
        <translation>Impossible d&apos;enregistrer le PDF dans {0} : {1}. Choisissez un autre dossier ou vérifiez la clé, puis réessayez.</translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation>Enregistré : {0}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Care plan versions</source>
        <translation>Versions du plan de soins</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Saved on</source>
        <translation>Enregistré le</translation>
    </message>
    <message>
        <source>Saved by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Times printed</source>
        <translation>Nombre d&apos;impressions</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import a patient list</source>
        <translation>Importer une liste de patients</translation>
    </message>
    <message>
        <source>about {0}</source>
        <translation>environ {0}</translation>
    </message>
    <message>
        <source>Stopped. Nothing was imported.</source>
        <translation>Arrêté. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Something went wrong ({0}). Nothing was imported; try again, or save the list again as CSV.</source>
        <translation>Un problème est survenu ({0}). Rien n&apos;a été importé ; réessayez, ou enregistrez de nouveau la liste au format CSV.</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>this period</source>
        <translation>cette période</translation>
    </message>
    <message>
        <source>previous period</source>
        <translation>période précédente</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Something went wrong: {0}. Your saved work is safe.</source>
        <extracomment>the list changed something: the patient&apos;s id</extracomment>
        <translation>Un problème est survenu : {0}. Votre travail enregistré est en sécurité.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in — {0}</source>
        <extracomment>runs a callable (off the GUI thread) and calls back with its result or its error</extracomment>
        <translation>Connexion — {0}</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Log-in problem</source>
        <translation>Problème de connexion</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Type your username.</source>
        <translation>Saisissez votre nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>The password could not be checked ({0}). Try again; if it happens again, tell your manager.</source>
        <translation>Le mot de passe n&apos;a pas pu être vérifié ({0}). Réessayez ; si cela se reproduit, prévenez votre responsable.</translation>
    </message>
    <message>
        <source>Demo clinic (made-up patients). Log in as {0}. The password for each is {1}</source>
        <translation>Clinique de démonstration (patients inventés). Connectez-vous en tant que {0}. Le mot de passe de chacun est {1}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Find a patient: name, phone or clinic number</source>
        <extracomment>emitted after a write: kind (&quot;patient&quot;, &quot;settings&quot;) and the ids changed the person asked to lock the screen or hand over to someone else (Ctrl+L) the window closed (the app quits)</extracomment>
        <translation>Trouver un patient : nom, téléphone ou numéro de dossier</translation>
    </message>
    <message>
        <source>Find a patient</source>
        <translation>Trouver un patient</translation>
    </message>
    <message>
        <source>New patient (Ctrl+N)</source>
        <translation>Nouveau patient (Ctrl+N)</translation>
    </message>
    <message>
        <source>Register a new patient</source>
        <translation>Inscrire un nouveau patient</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Backup reminder</source>
        <translation>Rappel de sauvegarde</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>system</source>
        <translation>système</translation>
    </message>
    <message>
        <source>Logged in: {0} ({1})</source>
        <translation>Connecté : {0} ({1})</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>1 match.</source>
        <translation>1 résultat.</translation>
    </message>
    <message>
        <source>{0} matches.</source>
        <translation>{0} résultats.</translation>
    </message>
    <message>
        <source>Enter opens the highlighted patient; arrow keys move.</source>
        <translation>Entrée ouvre le patient en surbrillance ; les flèches déplacent la sélection.</translation>
    </message>
    <message>
        <source>No patient matches “{0}”. Did you mean: {1}?</source>
        <translation>Aucun patient ne correspond à « {0} ». Vouliez-vous dire : {1} ?</translation>
    </message>
    <message>
        <source>No patient matches “{0}”. Check the spelling, or register a new patient (Ctrl+N).</source>
        <translation>Aucun patient ne correspond à « {0} ». Vérifiez l&apos;orthographe, ou inscrivez un nouveau patient (Ctrl+N).</translation>
    </message>
    <message>
        <source>Type a name, phone number or clinic number.</source>
        <translation>Saisissez un nom, un numéro de téléphone ou un numéro de dossier.</translation>
    </message>
    <message>
        <source>{0} patients. Type a name, phone number or clinic number.</source>
        <translation>{0} patients. Saisissez un nom, un numéro de téléphone ou un numéro de dossier.</translation>
    </message>
    <message>
        <source>{0}

Clinic Companion will now close. Open it again to work on the restored data.</source>
        <translation>{0}

Clinic Companion va maintenant se fermer. Ouvrez-le de nouveau pour travailler sur les données restaurées.</translation>
    </message>
    <message>
        <source>Something went wrong: {0}. Your saved work is safe.</source>
        <translation>Un problème est survenu : {0}. Votre travail enregistré est en sécurité.</translation>
    </message>
</context>
<context>
    <name>ManagerPage</name>
    <message>
        <source>The first manager</source>
        <translation>Le premier responsable</translation>
    </message>
    <message>
        <source>The manager adds the other staff accounts later. Each person logs in with their own name and password.</source>
        <translation>Le responsable ajoute plus tard les comptes des autres membres du personnel. Chaque personne se connecte avec son propre nom et son mot de passe.</translation>
    </message>
    <message>
        <source>Password: at least {0} characters, and not the username. A few words you can remember are easier than one short odd word.</source>
        <translation>Mot de passe : au moins {0} caractères, et pas le nom d&apos;utilisateur. Quelques mots faciles à retenir valent mieux qu&apos;un mot court et bizarre.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>One word, typed at every log-in, e.g. amina</source>
        <translation>Un seul mot, saisi à chaque connexion, p. ex. amina</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Mot de passe (encore)</translation>
    </message>
    <message>
        <source>Next, the clinic&apos;s records file is made and locked (encrypted) with a new key.</source>
        <translation>Ensuite, le fichier des dossiers de la clinique est créé et verrouillé (chiffré) avec une nouvelle clé.</translation>
    </message>
    <message>
        <source>Create the clinic</source>
        <translation>Créer la clinique</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type them again.</source>
        <translation>Les deux mots de passe ne sont pas identiques. Saisissez-les de nouveau.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge duplicate records</source>
        <translation>Fusionner des dossiers en double</translation>
    </message>
    <message>
        <source>Use this when one person has two records. Everything on the second record (visits, plans, follow-ups, calls, phone numbers) moves to the record you keep. The second record is closed and points to the one kept. Nothing is deleted.</source>
        <translation>Utilisez ceci quand une personne a deux dossiers. Tout ce qui est dans le second dossier (visites, plans, suivis, appels, numéros de téléphone) passe dans le dossier que vous gardez. Le second dossier est fermé et renvoie vers celui qui est gardé. Rien n&apos;est supprimé.</translation>
    </message>
    <message>
        <source>Clinic number of the record to keep</source>
        <translation>Numéro de dossier du dossier à garder</translation>
    </message>
    <message>
        <source>Clinic number of the duplicate record</source>
        <translation>Numéro de dossier du doublon</translation>
    </message>
    <message>
        <source>Keep record (clinic no.)</source>
        <translation>Dossier à garder (n° de dossier)</translation>
    </message>
    <message>
        <source>Duplicate to merge in</source>
        <translation>Doublon à fusionner</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>No record with that clinic number.</source>
        <translation>Aucun dossier avec ce numéro.</translation>
    </message>
    <message>
        <source>This record was already merged into another one.</source>
        <translation>Ce dossier a déjà été fusionné avec un autre.</translation>
    </message>
    <message>
        <source>Merge {0} ({1}) into {2} ({3})? This cannot be undone from this screen.</source>
        <translation>Fusionner {0} ({1}) dans {2} ({3}) ? Cela ne peut pas être annulé depuis cet écran.</translation>
    </message>
    <message>
        <source>Merged. {0} now holds everything ({1} linked records moved).</source>
        <translation>Fusion faite. {0} contient maintenant tout ({1} éléments liés déplacés).</translation>
    </message>
</context>
<context>
    <name>OutcomeKeys</name>
    <message>
        <source>R</source>
        <comment>the key for: reached</comment>
        <extracomment>outcomes that need a few more words before they are logged</extracomment>
        <translation>J</translation>
    </message>
    <message>
        <source>N</source>
        <comment>the key for: no answer</comment>
        <translation>P</translation>
    </message>
    <message>
        <source>B</source>
        <comment>the key for: busy</comment>
        <translation>O</translation>
    </message>
    <message>
        <source>M</source>
        <comment>the key for: left a message</comment>
        <translation>M</translation>
    </message>
    <message>
        <source>W</source>
        <comment>the key for: wrong number</comment>
        <translation>N</translation>
    </message>
    <message>
        <source>L</source>
        <comment>the key for: call back later</comment>
        <translation>R</translation>
    </message>
    <message>
        <source>D</source>
        <comment>the key for: declined</comment>
        <translation>A</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Patients (Ctrl+1)</source>
        <translation>Patients (Ctrl+1)</translation>
    </message>
    <message>
        <source>Calls today (Ctrl+2)</source>
        <translation>Appels du jour (Ctrl+2)</translation>
    </message>
    <message>
        <source>Contacts to confirm (Ctrl+3)</source>
        <translation>Coordonnées à confirmer (Ctrl+3)</translation>
    </message>
    <message>
        <source>Decliners (Ctrl+4)</source>
        <translation>Ont dit non (Ctrl+4)</translation>
    </message>
</context>
<context>
    <name>PatientDialog</name>
    <message>
        <source>Edit patient</source>
        <translation>Modifier le patient</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Nouveau patient</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>Care plan and handout</source>
        <translation>Plan de soins et fiche patient</translation>
    </message>
    <message>
        <source>Visi&amp;ts and appointments…</source>
        <translation>Visites et &amp;rendez-vous…</translation>
    </message>
    <message>
        <source>Care p&amp;lan…</source>
        <translation>P&amp;lan de soins…</translation>
    </message>
    <message>
        <source>Print &amp;handout…</source>
        <translation>&amp;Imprimer la fiche patient…</translation>
    </message>
    <message>
        <source>Preview and print the handout</source>
        <translation>Voir l&apos;aperçu et imprimer la fiche patient</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Nom de famille</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>Se&amp;xe</translation>
    </message>
    <message>
        <source>Birth</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <source>Date of birth known</source>
        <translation>Date de naissance connue</translation>
    </message>
    <message>
        <source>Only age or birth year known</source>
        <translation>Seulement l&apos;âge ou l&apos;année de naissance connus</translation>
    </message>
    <message>
        <source>year-month-day, e.g. 1984-03-07</source>
        <translation>année-mois-jour, p. ex. 1984-03-07</translation>
    </message>
    <message>
        <source>age in years (e.g. 45) or year (1980)</source>
        <translation>âge en années (p. ex. 45) ou année (1980)</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>&amp;Date de naissance</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Environ</translation>
    </message>
    <message>
        <source>Estimated age or birth year</source>
        <translation>Âge estimé ou année de naissance</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>e.g. 0712 345 678</source>
        <translation>p. ex. 0712 345 678</translation>
    </message>
    <message>
        <source>a second number, if any</source>
        <translation>un deuxième numéro, s&apos;il y en a un</translation>
    </message>
    <message>
        <source>Phone confirmed today</source>
        <translation>Téléphone confirmé aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Do not contact this patient</source>
        <translation>Ne pas contacter ce patient</translation>
    </message>
    <message>
        <source>date, e.g. 2026-11-23</source>
        <translation>date, p. ex. 2026-11-23</translation>
    </message>
    <message>
        <source>Agreed today</source>
        <translation>Accord donné aujourd&apos;hui</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>Phone 2</source>
        <translation>Téléphone 2</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>&amp;Village</source>
        <translation>&amp;Village</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Consent to contact</source>
        <translation>Accord pour être contacté</translation>
    </message>
    <message>
        <source>Date the patient agreed to be contacted</source>
        <translation>Date à laquelle le patient a accepté d&apos;être contacté</translation>
    </message>
    <message>
        <source>Preferences and needs</source>
        <translation>Préférences et besoins</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Appel téléphonique</translation>
    </message>
    <message>
        <source>Text message (SMS)</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Visite à domicile</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>N&apos;importe quand</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Matin</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Après-midi</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Soir</translation>
    </message>
    <message>
        <source>Needs large print</source>
        <translation>A besoin de gros caractères</translation>
    </message>
    <message>
        <source>Needs help reading</source>
        <translation>A besoin d&apos;aide pour lire</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Contact by</source>
        <translation>Contacter par</translation>
    </message>
    <message>
        <source>Best time</source>
        <translation>Meilleur moment</translation>
    </message>
    <message>
        <source>Support person (family, caregiver)</source>
        <translation>Personne de soutien (famille, aidant)</translation>
    </message>
    <message>
        <source>e.g. daughter, husband, neighbour</source>
        <translation>p. ex. fille, mari, voisin</translation>
    </message>
    <message>
        <source>date the patient agreed</source>
        <translation>date de l&apos;accord du patient</translation>
    </message>
    <message>
        <source>Support person&apos;s name</source>
        <translation>Nom de la personne de soutien</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Support person&apos;s relationship</source>
        <translation>Lien de la personne de soutien avec le patient</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Support person&apos;s phone</source>
        <translation>Téléphone de la personne de soutien</translation>
    </message>
    <message>
        <source>May involve them since</source>
        <translation>Peut être impliquée depuis le</translation>
    </message>
    <message>
        <source>Date the patient agreed to involve them</source>
        <translation>Date à laquelle le patient a accepté qu&apos;on l&apos;implique</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Nothing was saved. Correct the fields marked below.</source>
        <translation>Rien n&apos;a été enregistré. Corrigez les champs signalés ci-dessous.</translation>
    </message>
    <message>
        <source>Saving failed: {0}. Nothing was changed.</source>
        <translation>L&apos;enregistrement a échoué : {0}. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This may be someone already registered. Open their record, or save if this is a different person.</source>
        <translation>Cette personne est peut-être déjà inscrite. Ouvrez son dossier, ou enregistrez s&apos;il s&apos;agit d&apos;une autre personne.</translation>
    </message>
    <message>
        <source>Open {0}: {1}, born {2}, {3}, {4} ({5})</source>
        <translation>Ouvrir {0} : {1}, naissance {2}, {3}, {4} ({5})</translation>
    </message>
    <message>
        <source>This is a different person: save as new</source>
        <translation>C&apos;est une autre personne : enregistrer comme nouveau patient</translation>
    </message>
    <message>
        <source>{0} has no care plan yet. A clinician writes it first (Care plan…); then the handout can be printed.</source>
        <translation>{0} n&apos;a pas encore de plan de soins. Un soignant doit d&apos;abord l&apos;écrire (Plan de soins…) ; ensuite, la fiche patient peut être imprimée.</translation>
    </message>
    <message>
        <source>Close without saving? What you typed here will be lost.</source>
        <translation>Fermer sans enregistrer ? Ce que vous avez saisi ici sera perdu.</translation>
    </message>
    <message>
        <source>Register a new patient</source>
        <translation>Inscrire un nouveau patient</translation>
    </message>
    <message>
        <source>New numbers are confirmed when saved.</source>
        <translation>Les nouveaux numéros sont confirmés à l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>{0} ({1} days ago)</source>
        <translation>{0} (il y a {1} jours)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Confirm contact details</source>
        <translation>Confirmer les coordonnées</translation>
    </message>
    <message>
        <source>Ask the patient if the phone number is still right, then press &apos;Phone confirmed today&apos;.</source>
        <translation>Demandez au patient si le numéro de téléphone est toujours bon, puis appuyez sur « Téléphone confirmé aujourd&apos;hui ».</translation>
    </message>
</context>
<context>
    <name>PatientListModel</name>
    <message>
        <source>Clinic no.</source>
        <extracomment>runs a callable off the GUI thread and calls back with its result (TaskRunner.run) how many patients the register holds, once known (browsing)</extracomment>
        <translation>N° de dossier</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Born (age)</source>
        <translation>Naissance (âge)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>The phone number was not confirmed recently. Ask the patient if it is still right, then press &apos;Phone confirmed today&apos;.</source>
        <translation>Le numéro de téléphone n&apos;a pas été confirmé récemment. Demandez au patient s&apos;il est toujours bon, puis appuyez sur « Téléphone confirmé aujourd&apos;hui ».</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>déménagé</translation>
    </message>
    <message>
        <source>deceased</source>
        <translation>décédé</translation>
    </message>
    <message>
        <source>Confirm contact details</source>
        <translation>Confirmer les coordonnées</translation>
    </message>
</context>
<context>
    <name>PlainLanguageCheck</name>
    <message>
        <source>Plain-language check</source>
        <extracomment>the checked text (the segments&apos; lines joined by newlines) and its segments, in order every multi-line field that may carry marks, with the highlighter on its document</extracomment>
        <translation>Vérification du langage simple</translation>
    </message>
    <message>
        <source>Getting the reading check ready…</source>
        <translation>Préparation de la vérification de lecture…</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>Choose a suggestion to go to its text.</source>
        <translation>Choisissez une suggestion pour aller à son texte.</translation>
    </message>
    <message>
        <source>&amp;Suggestions (choose one to go to it):</source>
        <translation>&amp;Suggestions (choisissez-en une pour y aller) :</translation>
    </message>
    <message>
        <source>Use plain words</source>
        <translation>Utiliser des mots simples</translation>
    </message>
    <message>
        <source>Put the plain words in place of the chosen word.</source>
        <translation>Mettre les mots simples à la place du mot choisi.</translation>
    </message>
    <message>
        <source>In the fields: a long sentence has a yellow background and a straight underline; a hard word has a wavy underline.</source>
        <translation>Dans les champs : une phrase longue a un fond jaune et un soulignement droit ; un mot difficile a un soulignement ondulé.</translation>
    </message>
    <message>
        <source>Nothing to check yet</source>
        <translation>Rien à vérifier pour l&apos;instant</translation>
    </message>
    <message>
        <source>grade 1 or below</source>
        <translation>niveau 1 ou moins</translation>
    </message>
    <message>
        <source>grade {0}</source>
        <translation>niveau {0}</translation>
    </message>
    <message>
        <source>✓ Easy to read ({0})</source>
        <translation>✓ Facile à lire ({0})</translation>
    </message>
    <message>
        <source>⚠ Hard to read: {0} — aim for {1:g} or lower</source>
        <translation>⚠ Difficile à lire : {0} — visez {1:g} ou moins</translation>
    </message>
    <message>
        <source>✓ Easy to read (score {0} out of 100)</source>
        <translation>✓ Facile à lire (score de {0} sur 100)</translation>
    </message>
    <message>
        <source>⚠ Hard to read: score {0} out of 100 — aim for {1:g} or higher</source>
        <translation>⚠ Difficile à lire : score de {0} sur 100 — visez {1:g} ou plus</translation>
    </message>
    <message>
        <source>“{0}” → say “{1}”</source>
        <translation>« {0} » → dites « {1} »</translation>
    </message>
    <message>
        <source>Long sentence ({0} words): split it</source>
        <translation>Phrase longue ({0} mots) : coupez-la</translation>
    </message>
    <message>
        <source>The patient&apos;s words are checked as you type.</source>
        <translation>Les mots du patient sont vérifiés pendant que vous écrivez.</translation>
    </message>
    <message>
        <source>{0} words in {1} sentences; {2} to fix.</source>
        <translation>{0} mots en {1} phrases ; {2} à corriger.</translation>
    </message>
    <message>
        <source>{0} words in {1} sentences; nothing to fix.</source>
        <translation>{0} mots en {1} phrases ; rien à corriger.</translation>
    </message>
    <message>
        <source>“{0}” is now “{1}”.</source>
        <translation>« {0} » est maintenant « {1} ».</translation>
    </message>
    <message>
        <source>That text changed since the check: choose the suggestion again.</source>
        <translation>Ce texte a changé depuis la vérification : choisissez de nouveau la suggestion.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>The first patients, as they will be saved</source>
        <translation>Les premiers patients, tels qu&apos;ils seront enregistrés</translation>
    </message>
    <message>
        <source>If names, dates or phone numbers look wrong here, go Back and change the columns.</source>
        <translation>Si les noms, les dates ou les numéros de téléphone semblent faux ici, revenez en arrière (Précédent) et changez les colonnes.</translation>
    </message>
    <message>
        <source>Row in file</source>
        <translation>Ligne dans le fichier</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>✓ OK</source>
        <translation>✓ OK</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>They asked us to call back</source>
        <extracomment>what each outcome is called on screen reads the details of lines start:end of a queue the details of rows first..last were read (the view sizes those rows)</extracomment>
        <translation>A demandé à être rappelé(e)</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Pour aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Overdue 1 day</source>
        <translation>En retard de 1 jour</translation>
    </message>
    <message>
        <source>Overdue {0} days</source>
        <translation>En retard de {0} jours</translation>
    </message>
    <message>
        <source>1st try</source>
        <translation>1er essai</translation>
    </message>
    <message>
        <source>Try {0}</source>
        <translation>Essai {0}</translation>
    </message>
    <message>
        <source>Not called yet</source>
        <translation>Pas encore appelé</translation>
    </message>
</context>
<context>
    <name>ReachedForm</name>
    <message>
        <source>Taking the medicines as agreed?</source>
        <translation>Prend ses médicaments comme convenu ?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Some of them / sometimes</source>
        <translation>Certains / parfois</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>What gets in the way? (tick all they say)</source>
        <translation>Qu&apos;est-ce qui gêne ? (cochez tout ce que la personne dit)</translation>
    </message>
    <message>
        <source>Barrier: {0}</source>
        <translation>Obstacle : {0}</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Se sent</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Mieux</translation>
    </message>
    <message>
        <source>The same</source>
        <translation>Pareil</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Moins bien</translation>
    </message>
    <message>
        <source>Wants a nurse or doctor to call them</source>
        <translation>Souhaite qu&apos;un infirmier ou un médecin l&apos;appelle</translation>
    </message>
    <message>
        <source>Teach-back done: they said the plan back in their own words</source>
        <translation>« Faire redire » fait : la personne a redit le plan avec ses propres mots</translation>
    </message>
    <message>
        <source>Teach-back done</source>
        <translation>« Faire redire » fait</translation>
    </message>
    <message>
        <source>Notes: what they said</source>
        <translation>Notes : ce que la personne a dit</translation>
    </message>
    <message>
        <source>What they said, in a few words</source>
        <translation>Ce que la personne a dit, en quelques mots</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Keep the recovery key</source>
        <translation>Conservez la clé de récupération</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyWidget</name>
    <message>
        <source>This is the clinic&apos;s recovery key. It is shown only this once.
If this PC breaks, or its key store is lost, the clinic&apos;s records can only be opened with this key. Without it they cannot be read by anyone.
Print it or write it down now, and keep it locked away, apart from this PC.</source>
        <translation>Voici la clé de récupération de la clinique. Elle n&apos;est affichée qu&apos;une seule fois.
Si ce PC tombe en panne, ou si son coffre à clés est perdu, les dossiers de la clinique ne pourront être ouverts qu&apos;avec cette clé. Sans elle, personne ne pourra les lire.
Imprimez-la ou notez-la maintenant, et rangez-la sous clé, loin de ce PC.</translation>
    </message>
    <message>
        <source>&amp;Print the recovery key…</source>
        <translation>&amp;Imprimer la clé de récupération…</translation>
    </message>
    <message>
        <source>I have printed or written down the recovery key</source>
        <translation>J&apos;ai imprimé ou noté la clé de récupération</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Imprimer la clé de récupération</translation>
    </message>
    <message>
        <source>This key opens the clinic&apos;s records if the PC&apos;s key store is lost or the records are moved to a new PC. Keep this paper locked away, apart from the PC. Anyone with this key and a copy of the records can read them.</source>
        <translation>Cette clé ouvre les dossiers de la clinique si le coffre à clés du PC est perdu ou si les dossiers sont déplacés sur un nouveau PC. Rangez ce papier sous clé, loin du PC. Toute personne qui a cette clé et une copie des dossiers peut les lire.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Keep the recovery key</source>
        <translation>Conservez la clé de récupération</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Engagement report</source>
        <translation>Rapport d&apos;engagement</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>A&amp;fficher</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Période</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>S&amp;taff</source>
        <translation>Perso&amp;nnel</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Membre du personnel</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>Kind of follow-up</source>
        <translation>Type de suivi</translation>
    </message>
    <message>
        <source>Figures, this period beside the previous one</source>
        <translation>Chiffres, cette période à côté de la précédente</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>moins bien</translation>
    </message>
    <message>
        <source>Calls that reached the patient (%)</source>
        <translation>Appels où le patient a été joint (%)</translation>
    </message>
    <message>
        <source>Follow-ups done on time (%)</source>
        <translation>Suivis faits à temps (%)</translation>
    </message>
    <message>
        <source>Taking medicines as agreed (% of answers)</source>
        <translation>Prend ses médicaments comme convenu (% des réponses)</translation>
    </message>
    <message>
        <source>Barriers named (conversations)</source>
        <translation>Obstacles cités (conversations)</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>calls by {0}</source>
        <translation>appels de {0}</translation>
    </message>
    <message>
        <source>{0} follow-ups</source>
        <translation>suivis « {0} »</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; ({1} days), compared with the {1} days before: {2}. {3}. Hover over a figure to see how it is counted.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; ({1} jours), comparé aux {1} jours d&apos;avant : {2}. {3}. Passez la souris sur un chiffre pour voir comment il est calculé.</translation>
    </message>
    <message>
        <source>Everyone, every kind of follow-up</source>
        <translation>Tout le monde, tous les types de suivi</translation>
    </message>
    <message>
        <source>&lt;b&gt;Note:&lt;/b&gt; the previous period has only {0} follow-ups due, so its shares say little; compare with care.</source>
        <translation>&lt;b&gt;Remarque :&lt;/b&gt; la période précédente n&apos;a que {0} suivis prévus, donc ses pourcentages disent peu de chose ; comparez avec prudence.</translation>
    </message>
    <message>
        <source>nothing to compare with before</source>
        <translation>pas de chiffre d&apos;avant pour comparer</translation>
    </message>
    <message>
        <source>before: {0} · {1}</source>
        <translation>avant : {0} · {1}</translation>
    </message>
    <message>
        <source>nothing counted</source>
        <translation>aucun chiffre</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semaine</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>some</source>
        <translation>en partie</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>No figures shown.</source>
        <translation>Aucun chiffre affiché.</translation>
    </message>
    <message>
        <source>That did not work: {0}. Nothing was changed.</source>
        <translation>Cela n&apos;a pas marché : {0}. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Enregistrer le rapport en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the figures as CSV</source>
        <translation>Exporter les chiffres en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved to {0}</source>
        <translation>Enregistré dans {0}</translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <source>Figure</source>
        <extracomment>the figures shown large at the top: what a manager looks at first the words of the change column, translated in place</extracomment>
        <translation>Chiffre</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Cette période</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>(all staff and kinds)</source>
        <translation>(tout le personnel et tous les types)</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <source>Two versions of {0}</source>
        <translation>Deux versions de {0}</translation>
    </message>
    <message>
        <source>Which is right? Ask the patient if you can.</source>
        <translation>Laquelle est la bonne ? Demandez au patient si possible.</translation>
    </message>
    <message>
        <source>Neither: the right {0} is</source>
        <translation>Aucune des deux : la bonne valeur pour « {0} » est</translation>
    </message>
    <message>
        <source>The right {0}</source>
        <translation>La bonne valeur pour « {0} »</translation>
    </message>
    <message>
        <source>Save this choice</source>
        <translation>Enregistrer ce choix</translation>
    </message>
    <message>
        <source>e.g. 0712 345 678, a second after a comma</source>
        <translation>p. ex. 0712 345 678, un deuxième après une virgule</translation>
    </message>
    <message>
        <source>year-month-day, e.g. 1984-03-07</source>
        <translation>année-mois-jour, p. ex. 1984-03-07</translation>
    </message>
    <message>
        <source>e.g. 1980</source>
        <translation>p. ex. 1980</translation>
    </message>
    <message>
        <source>Choose one of the versions, or type the right one.</source>
        <translation>Choisissez une des versions, ou saisissez la bonne.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The choice was not saved: {0}. Nothing was changed.</source>
        <translation>Le choix n&apos;a pas été enregistré : {0}. Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <extracomment>the database was replaced: the app must open it again</extracomment>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Fichier de sauvegarde</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Phrase secrète de la sauvegarde</translation>
    </message>
    <message>
        <source>Backup file:</source>
        <translation>Fichier de sauvegarde :</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase secrète :</translation>
    </message>
    <message>
        <source>Choose a backup and type its passphrase, then press “Check the backup” to see what it holds. Nothing changes until you press Restore.</source>
        <translation>Choisissez une sauvegarde et saisissez sa phrase secrète, puis appuyez sur « Vérifier la sauvegarde » pour voir ce qu&apos;elle contient. Rien ne change avant que vous appuyiez sur Restaurer.</translation>
    </message>
    <message>
        <source>&amp;Check the backup</source>
        <translation>&amp;Vérifier la sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Choose the backup</source>
        <translation>Choisir la sauvegarde</translation>
    </message>
    <message>
        <source>Clinic backups (*.clinicbackup);;All files (*)</source>
        <translation>Sauvegardes de la clinique (*.clinicbackup);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The file {0} cannot be read: {1}.</source>
        <translation>Le fichier {0} ne peut pas être lu : {1}.</translation>
    </message>
    <message>
        <source>This backup holds: {0}</source>
        <translation>Cette sauvegarde contient : {0}</translation>
    </message>
    <message>
        <source>Replace the clinic&apos;s data on this PC with this backup?

{0}

The data as it is now is kept aside first, so nothing is lost.</source>
        <translation>Remplacer les données de la clinique sur ce PC par cette sauvegarde ?

{0}

Les données actuelles sont d&apos;abord mises de côté, donc rien n&apos;est perdu.</translation>
    </message>
    <message>
        <source>Restoring… do not switch the PC off.</source>
        <translation>Restauration… n&apos;éteignez pas le PC.</translation>
    </message>
    <message>
        <source>The restore failed: {0}. The clinic&apos;s data was not changed.</source>
        <translation>La restauration a échoué : {0}. Les données de la clinique n&apos;ont pas été modifiées.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Locked after {0} minutes without use. Log in to continue.</source>
        <extracomment>the app should end (Quit at log-in, or the main window closed)</extracomment>
        <translation>Verrouillé après {0} minutes sans utilisation. Connectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>Locked after 1 minute without use. Log in to continue.</source>
        <translation>Verrouillé après 1 minute sans utilisation. Connectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>{0} logged out. The next person can log in.</source>
        <translation>{0} s&apos;est déconnecté(e). La personne suivante peut se connecter.</translation>
    </message>
    <message>
        <source>Locked. Log in to continue.</source>
        <translation>Verrouillé. Connectez-vous pour continuer.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <extracomment>Settings → Sync: the Sync page, over this dialog</extracomment>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Language of the screens (this PC)</source>
        <translation>Langue des écrans (ce PC)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter (US)</source>
        <translation>Letter (format US)</translation>
    </message>
    <message>
        <source>e.g. D:\Backups, or empty for none</source>
        <translation>p. ex. D:\Backups, ou vide pour aucun</translation>
    </message>
    <message>
        <source>S&amp;ync with the hub…</source>
        <translation>S&amp;ynchroniser avec le serveur central (hub)…</translation>
    </message>
    <message>
        <source>Sync with the hub: set up, status, USB bundles</source>
        <translation>Synchroniser avec le serveur central : configuration, état, paquets USB</translation>
    </message>
    <message>
        <source>The screens will be in {0} from the next time Clinic Companion opens.</source>
        <translation>Les écrans seront en {0} à la prochaine ouverture de Clinic Companion.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up {0}</source>
        <translation>Configurer {0}</translation>
    </message>
    <message>
        <source>The clinic was not created: it needs a key store or a key file.</source>
        <translation>La clinique n&apos;a pas été créée : il faut un coffre à clés ou un fichier de clé.</translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Can log in</source>
        <translation>Peut se connecter</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Doit changer son mot de passe</translation>
    </message>
    <message>
        <source>Last log-in</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No — switched off</source>
        <translation>Non — désactivé</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
</context>
<context>
    <name>StickDialog</name>
    <message>
        <source>Export sync bundle</source>
        <translation>Exporter un paquet de synchronisation</translation>
    </message>
    <message>
        <source>Plug in the USB stick, choose it, and press “Write the bundle here”.</source>
        <translation>Branchez la clé USB, choisissez-la, puis appuyez sur « Écrire le paquet ici ».</translation>
    </message>
    <message>
        <source>USB sticks and folders to write the bundle to</source>
        <translation>Clés USB et dossiers où écrire le paquet</translation>
    </message>
    <message>
        <source>Folder for the sync bundle</source>
        <translation>Dossier pour le paquet de synchronisation</translation>
    </message>
    <message>
        <source>Write the bundle here</source>
        <translation>Écrire le paquet ici</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Sync with the hub</source>
        <extracomment>records changed here (a bundle imported, a version chosen): lists refresh</extracomment>
        <translation>Synchroniser avec le serveur central (hub)</translation>
    </message>
    <message>
        <source>Sync shares this clinic&apos;s records with the hub (at the district office) and with the clinic&apos;s other PCs. It is optional: everything in the app works without it.</source>
        <translation>La synchronisation partage les dossiers de cette clinique avec le serveur central (hub, au bureau du district) et avec les autres PC de la clinique. Elle est facultative : tout marche dans l&apos;application sans elle.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Connect this PC to the hub</source>
        <translation>Connecter ce PC au serveur central</translation>
    </message>
    <message>
        <source>e.g. https://hub.example.org</source>
        <translation>p. ex. https://hub.example.org</translation>
    </message>
    <message>
        <source>e.g. ABCD-EFGH-JKLM-NPQR</source>
        <translation>p. ex. ABCD-EFGH-JKLM-NPQR</translation>
    </message>
    <message>
        <source>Hub address:</source>
        <translation>Adresse du serveur central :</translation>
    </message>
    <message>
        <source>As the hub&apos;s administrator gave it to you.</source>
        <translation>Telle que l&apos;administrateur du serveur central vous l&apos;a donnée.</translation>
    </message>
    <message>
        <source>Enrolment code:</source>
        <translation>Code d&apos;inscription :</translation>
    </message>
    <message>
        <source>A one-time code from the hub&apos;s administrator. It works once, for this PC.</source>
        <translation>Un code à usage unique donné par l&apos;administrateur du serveur central. Il ne marche qu&apos;une fois, pour ce PC.</translation>
    </message>
    <message>
        <source>Connect to the hub</source>
        <translation>Se connecter au serveur central</translation>
    </message>
    <message>
        <source>How sync is going</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <source>How often to sync by itself</source>
        <translation>Fréquence de la synchronisation automatique</translation>
    </message>
    <message>
        <source>Sync by itself:</source>
        <translation>Synchroniser automatiquement :</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Sync with the hub now</source>
        <translation>Synchroniser maintenant avec le serveur central</translation>
    </message>
    <message>
        <source>Sync running</source>
        <translation>Synchronisation en cours</translation>
    </message>
    <message>
        <source>Records with two versions</source>
        <translation>Dossiers avec deux versions</translation>
    </message>
    <message>
        <source>Two PCs changed the same details of these records at the same time. Open each one and choose the right version.</source>
        <translation>Deux PC ont modifié les mêmes informations de ces dossiers en même temps. Ouvrez chacun d&apos;eux et choisissez la bonne version.</translation>
    </message>
    <message>
        <source>Open and choose…</source>
        <translation>Ouvrir et choisir…</translation>
    </message>
    <message>
        <source>This is the demo database: its patients are made up and never sync. Set up sync in the clinic&apos;s real database.</source>
        <translation>Ceci est la base de démonstration : ses patients sont inventés et ne sont jamais synchronisés. Configurez la synchronisation dans la vraie base de la clinique.</translation>
    </message>
    <message>
        <source>✓ This PC is connected to the hub at {0} {1}</source>
        <translation>✓ Ce PC est connecté au serveur central à l&apos;adresse {0} {1}</translation>
    </message>
    <message>
        <source>as {0}.</source>
        <translation>sous le nom {0}.</translation>
    </message>
    <message>
        <source>Last synced {0}.</source>
        <translation>Dernière synchronisation : {0}.</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Pas encore synchronisé.</translation>
    </message>
    <message>
        <source>The last try ({0}) did not work.</source>
        <translation>La dernière tentative ({0}) n&apos;a pas marché.</translation>
    </message>
    <message>
        <source>The hub held back {0} changes made on this PC because their time was too far ahead. They are kept; once the clock is right, the hub lets them through.</source>
        <translation>Le serveur central a retenu {0} changements faits sur ce PC car leur heure était trop en avance. Ils sont conservés ; dès que l&apos;horloge sera juste, le serveur central les laissera passer.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>{0} today</source>
        <translation>aujourd&apos;hui à {0}</translation>
    </message>
    <message>
        <source>{0} yesterday</source>
        <translation>hier à {0}</translation>
    </message>
    <message>
        <source>on {0} at {1}</source>
        <translation>le {0} à {1}</translation>
    </message>
    <message>
        <source>✓ Nothing is waiting to go: the hub has everything made on this PC.</source>
        <translation>✓ Rien n&apos;attend d&apos;être envoyé : le serveur central a tout ce qui a été fait sur ce PC.</translation>
    </message>
    <message>
        <source>1 change made on this PC is waiting to go to the hub.</source>
        <translation>1 changement fait sur ce PC attend d&apos;être envoyé au serveur central.</translation>
    </message>
    <message>
        <source>{0} changes made on this PC are waiting to go to the hub.</source>
        <translation>{0} changements faits sur ce PC attendent d&apos;être envoyés au serveur central.</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>{0} jours</translation>
    </message>
    <message>
        <source>{0} hours</source>
        <translation>{0} heures</translation>
    </message>
    <message>
        <source>ahead of</source>
        <translation>d&apos;avance sur</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>de retard sur</translation>
    </message>
    <message>
        <source>This PC&apos;s clock is about {0} {1} the hub&apos;s. Ask someone to set the right date and time on this PC: until then, changes made here may be held back or sorted wrongly.</source>
        <translation>L&apos;horloge de ce PC a environ {0} {1} celle du serveur central. Demandez à quelqu&apos;un de régler la bonne date et la bonne heure sur ce PC : en attendant, les changements faits ici peuvent être retenus ou mal classés.</translation>
    </message>
    <message>
        <source>Only when I press “Sync now”</source>
        <translation>Seulement quand j&apos;appuie sur « Synchroniser maintenant »</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Toutes les heures</translation>
    </message>
    <message>
        <source>Once a day</source>
        <translation>Une fois par jour</translation>
    </message>
    <message>
        <source>Every {0} hours</source>
        <translation>Toutes les {0} heures</translation>
    </message>
    <message>
        <source>Every {0} minutes</source>
        <translation>Toutes les {0} minutes</translation>
    </message>
    <message>
        <source>Records with two versions ({0})</source>
        <translation>Dossiers avec deux versions ({0})</translation>
    </message>
    <message>
        <source>That did not finish: {0}. Your work is safe on this PC.</source>
        <translation>Cela n&apos;a pas abouti : {0}. Votre travail est en sécurité sur ce PC.</translation>
    </message>
    <message>
        <source>Type the hub&apos;s address.</source>
        <translation>Saisissez l&apos;adresse du serveur central.</translation>
    </message>
    <message>
        <source>Type the enrolment code.</source>
        <translation>Saisissez le code d&apos;inscription.</translation>
    </message>
    <message>
        <source>Connecting… This can take up to half a minute.</source>
        <translation>Connexion… Cela peut prendre jusqu&apos;à une demi-minute.</translation>
    </message>
    <message>
        <source>✓ Connected to the hub. The first sync starts now.</source>
        <translation>✓ Connecté au serveur central. La première synchronisation commence maintenant.</translation>
    </message>
    <message>
        <source>A sync is running already; what it did shows here when it ends.</source>
        <translation>Une synchronisation est déjà en cours ; son résultat s&apos;affichera ici à la fin.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Syncing with the hub. You can keep working, or close this window.</source>
        <translation>Synchronisation avec le serveur central. Vous pouvez continuer à travailler, ou fermer cette fenêtre.</translation>
    </message>
    <message>
        <source>✓ Synced {0}: {1} sent to the hub, {2} received from other PCs.</source>
        <translation>✓ Synchronisé {0} : {1} envoyé(s) au serveur central, {2} reçu(s) des autres PC.</translation>
    </message>
    <message>
        <source>⚠ Two PCs changed the same details at the same time ({0}): choose the right version below.</source>
        <translation>⚠ Deux PC ont modifié les mêmes informations en même temps ({0}) : choisissez la bonne version ci-dessous.</translation>
    </message>
</context>
<context>
    <name>TwoVersionsBanner</name>
    <message>
        <source>Two versions of this record</source>
        <translation>Deux versions de ce dossier</translation>
    </message>
    <message>
        <source>Two versions of this record: ask the patient which is right</source>
        <translation>Deux versions de ce dossier : demandez au patient laquelle est la bonne</translation>
    </message>
    <message>
        <source>Type the right one…</source>
        <translation>Saisir la bonne…</translation>
    </message>
    <message>
        <source>Type the right {0}</source>
        <translation>Saisir la bonne valeur pour « {0} »</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Enter the recovery key</source>
        <translation>Saisissez la clé de récupération</translation>
    </message>
    <message>
        <source>The clinic&apos;s records are locked with a key that is not on this PC. This happens after moving to a new PC, or when the PC&apos;s key store was reset.

Type the recovery key: the groups of letters and digits printed when the clinic was set up. Or choose the key file, if the clinic keeps one. (If the file was damaged, no key will open it: then restore the latest backup.)

Records file: {0}</source>
        <translation>Les dossiers de la clinique sont verrouillés avec une clé qui n&apos;est pas sur ce PC. Cela arrive après un passage à un nouveau PC, ou quand le coffre à clés du PC a été réinitialisé.

Saisissez la clé de récupération : les groupes de lettres et de chiffres imprimés lors de la mise en place de la clinique. Ou choisissez le fichier de clé, si la clinique en garde un. (Si le fichier des dossiers est abîmé, aucune clé ne l&apos;ouvrira : restaurez alors la dernière sauvegarde.)

Fichier des dossiers : {0}</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Use a &amp;key file…</source>
        <translation>Utiliser un fichier de &amp;clé…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation>Clé de &amp;récupération</translation>
    </message>
    <message>
        <source>Type the recovery key first.</source>
        <translation>Saisissez d&apos;abord la clé de récupération.</translation>
    </message>
    <message>
        <source>Choose the key file</source>
        <translation>Choisir le fichier de clé</translation>
    </message>
    <message>
        <source>That key does not open these records. Check each group of four characters against the printed sheet, or try the other sheet or key file.</source>
        <translation>Cette clé n&apos;ouvre pas ces dossiers. Vérifiez chaque groupe de quatre caractères avec la feuille imprimée, ou essayez l&apos;autre feuille ou le fichier de clé.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Staff accounts</source>
        <translation>Comptes du personnel</translation>
    </message>
    <message>
        <source>Everyone who uses this PC has their own account. A person who leaves is switched off (their name stays in the audit trail).</source>
        <translation>Chaque personne qui utilise ce PC a son propre compte. Le compte d&apos;une personne qui part est désactivé (son nom reste dans le journal d&apos;audit).</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Ajouter un compte…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <source>Change r&amp;ole…</source>
        <translation>Chan&amp;ger le rôle…</translation>
    </message>
    <message>
        <source>S&amp;witch off</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>S&amp;witch on {0}</source>
        <translation>Réacti&amp;ver {0}</translation>
    </message>
    <message>
        <source>S&amp;witch off {0}</source>
        <translation>&amp;Désactiver {0}</translation>
    </message>
    <message>
        <source>{0} can log in again.</source>
        <translation>{0} peut de nouveau se connecter.</translation>
    </message>
    <message>
        <source>{0} is switched off and can no longer log in.</source>
        <translation>{0} est désactivé(e) et ne peut plus se connecter.</translation>
    </message>
</context>
<context>
    <name>VisitsDialog</name>
    <message>
        <source>Visits and appointments — {0}</source>
        <translation>Visites et rendez-vous — {0}</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Seen by</source>
        <translation>Vu par</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Medicines changed</source>
        <translation>Médicaments changés</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Prise de nouvelles</translation>
    </message>
    <message>
        <source>Medicines started or changed (a check call in a week)</source>
        <translation>Médicaments commencés ou changés (un appel de contrôle dans une semaine)</translation>
    </message>
    <message>
        <source>Check in with this patient after</source>
        <translation>Prendre des nouvelles de ce patient après</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Record the visit</source>
        <translation>Enregistrer la visite</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>e.g. 2026-12-01 09:30</source>
        <translation>p. ex. 2026-12-01 09:30</translation>
    </message>
    <message>
        <source>Appointment date and time</source>
        <translation>Date et heure du rendez-vous</translation>
    </message>
    <message>
        <source>with whom, e.g. Dr. Okafor</source>
        <translation>avec qui, p. ex. Dr Okafor</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Avec qui</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Prendre rendez-vous</translation>
    </message>
    <message>
        <source>New:</source>
        <translation>Nouveau :</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Venu</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manqué</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Undo status</source>
        <translation>Revenir au statut d&apos;avant</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>after {0} days</source>
        <translation>après {0} jours</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>prévu</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>venu</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>manqué</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Choose an appointment in the list first.</source>
        <translation>Choisissez d&apos;abord un rendez-vous dans la liste.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>The clinic&apos;s records are not encrypted. Anyone who copies the file {0} can read every patient&apos;s details.

Encrypt them now? It takes a moment; a copy is checked before the original is replaced. You will be shown a recovery key to print.</source>
        <translation>Les dossiers de la clinique ne sont pas chiffrés. Toute personne qui copie le fichier {0} peut lire les informations de tous les patients.

Les chiffrer maintenant ? Cela prend un moment ; une copie est vérifiée avant de remplacer l&apos;original. Une clé de récupération vous sera montrée pour que vous l&apos;imprimiez.</translation>
    </message>
    <message>
        <source>Encrypt now</source>
        <translation>Chiffrer maintenant</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Reached</source>
        <translation>Joint</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation>Message laissé</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Mauvais numéro</translation>
    </message>
    <message>
        <source>Call back later</source>
        <translation>Rappeler plus tard</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>A refusé</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>A déménagé</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>Décédé</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>N&apos;importe quand</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Matin</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Après-midi</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Soir</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Why we call</source>
        <translation>Motif de l&apos;appel</translation>
    </message>
    <message>
        <source>When due</source>
        <translation>Date prévue</translation>
    </message>
    <message>
        <source>Best time</source>
        <translation>Meilleur moment</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Essai</translation>
    </message>
    <message>
        <source>Last time</source>
        <translation>Dernier essai</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>Swahili</translation>
    </message>
    <message>
        <source>Hausa</source>
        <translation>Haoussa</translation>
    </message>
    <message>
        <source>female</source>
        <translation>femme</translation>
    </message>
    <message>
        <source>male</source>
        <translation>homme</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>check-in after a visit</source>
        <translation>prise de nouvelles après une visite</translation>
    </message>
    <message>
        <source>medicine check</source>
        <translation>contrôle des médicaments</translation>
    </message>
    <message>
        <source>missed appointment</source>
        <translation>rendez-vous manqué</translation>
    </message>
    <message>
        <source>results</source>
        <translation>résultats</translation>
    </message>
    <message>
        <source>gentle re-approach</source>
        <translation>nouvelle approche en douceur</translation>
    </message>
    <message>
        <source>update contact details</source>
        <translation>mise à jour des coordonnées</translation>
    </message>
    <message>
        <source>clinician to call back</source>
        <translation>rappel par un soignant</translation>
    </message>
    <message>
        <source>Medicines were started or changed: ask how it is going.</source>
        <translation>Des médicaments ont été commencés ou changés : demandez comment ça se passe.</translation>
    </message>
    <message>
        <source>Check in after the visit.</source>
        <translation>Prenez des nouvelles après la visite.</translation>
    </message>
    <message>
        <source>Missed the appointment of {0}: offer a new one.</source>
        <translation>A manqué le rendez-vous du {0} : proposez-en un nouveau.</translation>
    </message>
    <message>
        <source>The patient asked for a clinician to call.</source>
        <translation>Le patient a demandé qu&apos;un soignant l&apos;appelle.</translation>
    </message>
    <message>
        <source>No answer {0} times: find a working number or another way to reach them.</source>
        <translation>Pas de réponse {0} fois : trouvez un numéro qui marche ou un autre moyen de joindre la personne.</translation>
    </message>
    <message>
        <source>Wrong number: find the right one.</source>
        <translation>Mauvais numéro : trouvez le bon.</translation>
    </message>
    <message>
        <source>Wrong number: find the right one. Then: {0}</source>
        <translation>Mauvais numéro : trouvez le bon. Ensuite : {0}</translation>
    </message>
    <message>
        <source>Declined before: ask gently how they are, no pressure.</source>
        <translation>A refusé auparavant : demandez gentiment comment va la personne, sans insister.</translation>
    </message>
    <message>
        <source>Missed an appointment: offer a new one.</source>
        <translation>A manqué un rendez-vous : proposez-en un nouveau.</translation>
    </message>
    <message>
        <source>No answer 3 times: find a working number or another way to reach them.</source>
        <translation>Pas de réponse 3 fois : trouvez un numéro qui marche ou un autre moyen de joindre la personne.</translation>
    </message>
    <message>
        <source>front desk</source>
        <translation>accueil</translation>
    </message>
    <message>
        <source>clinician</source>
        <translation>soignant(e)</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>Follow-up calls</source>
        <translation>Appels de suivi</translation>
    </message>
    <message>
        <source>Reaching patients</source>
        <translation>Joindre les patients</translation>
    </message>
    <message>
        <source>What reached patients said</source>
        <translation>Ce qu&apos;ont dit les patients joints</translation>
    </message>
    <message>
        <source>Patients who said no</source>
        <translation>Patients qui ont dit non</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Clinician call-backs</source>
        <translation>Rappels par un soignant</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>coût</translation>
    </message>
    <message>
        <source>side effects</source>
        <translation>effets indésirables</translation>
    </message>
    <message>
        <source>forgot</source>
        <translation>oubli</translation>
    </message>
    <message>
        <source>unclear how to take them</source>
        <translation>ne sait pas bien comment les prendre</translation>
    </message>
    <message>
        <source>transport</source>
        <translation>transport</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Suivis prévus</translation>
    </message>
    <message>
        <source>Done on time (within 2 days)</source>
        <translation>Faits à temps (sous 2 jours)</translation>
    </message>
    <message>
        <source>Done on time, share of due</source>
        <translation>Faits à temps, part des suivis prévus</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>Faits en retard</translation>
    </message>
    <message>
        <source>Closed without reaching the patient</source>
        <translation>Clos sans avoir joint le patient</translation>
    </message>
    <message>
        <source>Overdue (still open)</source>
        <translation>En retard (encore ouverts)</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Pas encore dus</translation>
    </message>
    <message>
        <source>Patients called</source>
        <translation>Patients appelés</translation>
    </message>
    <message>
        <source>Patients reached</source>
        <translation>Patients joints</translation>
    </message>
    <message>
        <source>Reach rate</source>
        <translation>Taux de patients joints</translation>
    </message>
    <message>
        <source>Follow-ups called</source>
        <translation>Suivis appelés</translation>
    </message>
    <message>
        <source>Reached on the first call</source>
        <translation>Joints au premier appel</translation>
    </message>
    <message>
        <source>Conversations (patient reached)</source>
        <translation>Conversations (patient joint)</translation>
    </message>
    <message>
        <source>Asked about medicines</source>
        <translation>Questionnés sur les médicaments</translation>
    </message>
    <message>
        <source>Taking medicines as agreed: yes</source>
        <translation>Prend ses médicaments comme convenu : oui</translation>
    </message>
    <message>
        <source>Taking medicines as agreed: some</source>
        <translation>Prend ses médicaments comme convenu : en partie</translation>
    </message>
    <message>
        <source>Taking medicines as agreed: no</source>
        <translation>Prend ses médicaments comme convenu : non</translation>
    </message>
    <message>
        <source>Asked how they feel</source>
        <translation>Questionnés sur leur état</translation>
    </message>
    <message>
        <source>Feeling better</source>
        <translation>Se sent mieux</translation>
    </message>
    <message>
        <source>Feeling the same</source>
        <translation>Se sent pareil</translation>
    </message>
    <message>
        <source>Feeling worse</source>
        <translation>Se sent moins bien</translation>
    </message>
    <message>
        <source>Barrier: cost</source>
        <translation>Obstacle : coût</translation>
    </message>
    <message>
        <source>Barrier: side effects</source>
        <translation>Obstacle : effets indésirables</translation>
    </message>
    <message>
        <source>Barrier: forgot</source>
        <translation>Obstacle : oubli</translation>
    </message>
    <message>
        <source>Barrier: unclear how to take them</source>
        <translation>Obstacle : ne sait pas bien comment les prendre</translation>
    </message>
    <message>
        <source>Barrier: transport</source>
        <translation>Obstacle : transport</translation>
    </message>
    <message>
        <source>Barrier: other</source>
        <translation>Obstacle : autre</translation>
    </message>
    <message>
        <source>New decliners</source>
        <translation>Nouveaux refus</translation>
    </message>
    <message>
        <source>Decliners re-approached</source>
        <translation>Personnes ayant refusé : nouvelle approche faite</translation>
    </message>
    <message>
        <source>Decliners re-engaged</source>
        <translation>Personnes ayant refusé : contact renoué</translation>
    </message>
    <message>
        <source>Reason for no: not interested</source>
        <translation>Raison du refus : pas intéressé</translation>
    </message>
    <message>
        <source>Reason for no: feels fine</source>
        <translation>Raison du refus : se sent bien</translation>
    </message>
    <message>
        <source>Reason for no: cost</source>
        <translation>Raison du refus : coût</translation>
    </message>
    <message>
        <source>Reason for no: side effects</source>
        <translation>Raison du refus : effets indésirables</translation>
    </message>
    <message>
        <source>Reason for no: distrust</source>
        <translation>Raison du refus : méfiance</translation>
    </message>
    <message>
        <source>Reason for no: no time</source>
        <translation>Raison du refus : pas le temps</translation>
    </message>
    <message>
        <source>Reason for no: other reason</source>
        <translation>Raison du refus : autre raison</translation>
    </message>
    <message>
        <source>Newly unreachable</source>
        <translation>Nouveaux injoignables</translation>
    </message>
    <message>
        <source>Wrong numbers found</source>
        <translation>Mauvais numéros trouvés</translation>
    </message>
    <message>
        <source>Phones confirmed in the period</source>
        <translation>Téléphones confirmés pendant la période</translation>
    </message>
    <message>
        <source>Contact details current</source>
        <translation>Coordonnées à jour</translation>
    </message>
    <message>
        <source>Contact details to confirm</source>
        <translation>Coordonnées à confirmer</translation>
    </message>
    <message>
        <source>Appointments attended</source>
        <translation>Rendez-vous honorés</translation>
    </message>
    <message>
        <source>Appointments missed</source>
        <translation>Rendez-vous manqués</translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation>Taux d&apos;absence au rendez-vous</translation>
    </message>
    <message>
        <source>Recalled after a miss</source>
        <translation>Rappelés après une absence</translation>
    </message>
    <message>
        <source>Recalled, then attended</source>
        <translation>Rappelés, puis venus</translation>
    </message>
    <message>
        <source>Call-backs asked for</source>
        <translation>Rappels demandés</translation>
    </message>
    <message>
        <source>Call-backs done</source>
        <translation>Rappels faits</translation>
    </message>
    <message>
        <source>Follow-ups whose due date is in the period, whatever became of them. A retry after no answer moves the due date, so a follow-up counts in the period of its latest due date.</source>
        <translation>Suivis dont la date prévue tombe dans la période, quel que soit leur résultat. Un nouvel essai après une absence de réponse déplace la date prévue : un suivi compte donc dans la période de sa dernière date prévue.</translation>
    </message>
    <message>
        <source>Of the follow-ups due, those closed as done (the patient was reached) no later than 2 days after the due date.</source>
        <translation>Parmi les suivis prévus, ceux clos comme faits (le patient a été joint) au plus tard 2 jours après la date prévue.</translation>
    </message>
    <message>
        <source>Done on time as a share of the follow-ups due.</source>
        <translation>Les suivis faits à temps, en part des suivis prévus.</translation>
    </message>
    <message>
        <source>Of the follow-ups due, those closed as done more than 2 days after the due date.</source>
        <translation>Parmi les suivis prévus, ceux clos comme faits plus de 2 jours après la date prévue.</translation>
    </message>
    <message>
        <source>Of the follow-ups due, those closed without a conversation: the patient declined, could not be reached, the number was wrong, they moved or died, or asked not to be contacted.</source>
        <translation>Parmi les suivis prévus, ceux clos sans conversation : le patient a refusé, n&apos;a pas pu être joint, le numéro était faux, il a déménagé ou est décédé, ou a demandé à ne pas être contacté.</translation>
    </message>
    <message>
        <source>Of the follow-ups due, those still open today although their due date has passed.</source>
        <translation>Parmi les suivis prévus, ceux encore ouverts aujourd&apos;hui alors que leur date prévue est passée.</translation>
    </message>
    <message>
        <source>Of the follow-ups due, those still open whose due date is today or later (a period that has not ended). Due = done on time + done late + closed without reaching + overdue + not yet due.</source>
        <translation>Parmi les suivis prévus, ceux encore ouverts dont la date prévue est aujourd&apos;hui ou plus tard (une période pas encore finie). Prévus = faits à temps + faits en retard + clos sans joindre + en retard + pas encore dus.</translation>
    </message>
    <message>
        <source>Different patients with at least one call logged in the period (any outcome).</source>
        <translation>Patients différents avec au moins un appel enregistré pendant la période (quel que soit le résultat).</translation>
    </message>
    <message>
        <source>Different patients with at least one call in the period whose outcome was &apos;reached&apos; (a conversation).</source>
        <translation>Patients différents avec au moins un appel pendant la période dont le résultat était « joint » (une conversation).</translation>
    </message>
    <message>
        <source>Patients reached as a share of patients called.</source>
        <translation>Les patients joints, en part des patients appelés.</translation>
    </message>
    <message>
        <source>Of the follow-ups due, those with at least one call logged (their count of attempts is above zero).</source>
        <translation>Parmi les suivis prévus, ceux avec au moins un appel enregistré (leur nombre d&apos;essais est supérieur à zéro).</translation>
    </message>
    <message>
        <source>Of the follow-ups due that were called, the share closed as done after one attempt: the first call reached the patient.</source>
        <translation>Parmi les suivis prévus qui ont été appelés, la part close comme faite après un seul essai : le premier appel a joint le patient.</translation>
    </message>
    <message>
        <source>Calls in the period with the outcome &apos;reached&apos;. The shares below are of these conversations, each counted once, so a patient reached twice counts twice.</source>
        <translation>Appels de la période dont le résultat est « joint ». Les parts ci-dessous portent sur ces conversations, chacune comptée une fois : un patient joint deux fois compte donc deux fois.</translation>
    </message>
    <message>
        <source>Conversations in which the answer to &apos;taking the medicines as agreed?&apos; was recorded.</source>
        <translation>Conversations où la réponse à « prend ses médicaments comme convenu ? » a été enregistrée.</translation>
    </message>
    <message>
        <source>Share of the conversations with a medicines answer where the answer was &apos;yes&apos;.</source>
        <translation>Part des conversations avec une réponse sur les médicaments où la réponse était « oui ».</translation>
    </message>
    <message>
        <source>Share of the conversations with a medicines answer where the answer was &apos;some of them&apos;.</source>
        <translation>Part des conversations avec une réponse sur les médicaments où la réponse était « certains ».</translation>
    </message>
    <message>
        <source>Share of the conversations with a medicines answer where the answer was &apos;no&apos;.</source>
        <translation>Part des conversations avec une réponse sur les médicaments où la réponse était « non ».</translation>
    </message>
    <message>
        <source>Conversations in which &apos;feeling better, the same or worse?&apos; was recorded.</source>
        <translation>Conversations où « se sent mieux, pareil ou moins bien ? » a été enregistré.</translation>
    </message>
    <message>
        <source>Share of the conversations with a feeling answer where the patient felt better.</source>
        <translation>Part des conversations avec une réponse sur l&apos;état où le patient se sentait mieux.</translation>
    </message>
    <message>
        <source>Share of the conversations with a feeling answer where the patient felt the same.</source>
        <translation>Part des conversations avec une réponse sur l&apos;état où le patient se sentait pareil.</translation>
    </message>
    <message>
        <source>Share of the conversations with a feeling answer where the patient felt worse.</source>
        <translation>Part des conversations avec une réponse sur l&apos;état où le patient se sentait moins bien.</translation>
    </message>
    <message>
        <source>Conversations in which the patient named &apos;cost&apos; as a reason for not taking medicines as agreed. Listed by how often they were named.</source>
        <translation>Conversations où le patient a cité « coût » comme raison de ne pas prendre ses médicaments comme convenu. Classé selon la fréquence à laquelle chaque raison a été citée.</translation>
    </message>
    <message>
        <source>Conversations in which the patient named &apos;side effects&apos; as a reason for not taking medicines as agreed. Listed by how often they were named.</source>
        <translation>Conversations où le patient a cité « effets indésirables » comme raison de ne pas prendre ses médicaments comme convenu. Classé selon la fréquence à laquelle chaque raison a été citée.</translation>
    </message>
    <message>
        <source>Conversations in which the patient named &apos;forgot&apos; as a reason for not taking medicines as agreed. Listed by how often they were named.</source>
        <translation>Conversations où le patient a cité « oubli » comme raison de ne pas prendre ses médicaments comme convenu. Classé selon la fréquence à laquelle chaque raison a été citée.</translation>
    </message>
    <message>
        <source>Conversations in which the patient named &apos;unclear how to take them&apos; as a reason for not taking medicines as agreed. Listed by how often they were named.</source>
        <translation>Conversations où le patient a cité « ne sait pas bien comment les prendre » comme raison de ne pas prendre ses médicaments comme convenu. Classé selon la fréquence à laquelle chaque raison a été citée.</translation>
    </message>
    <message>
        <source>Conversations in which the patient named &apos;transport&apos; as a reason for not taking medicines as agreed. Listed by how often they were named.</source>
        <translation>Conversations où le patient a cité « transport » comme raison de ne pas prendre ses médicaments comme convenu. Classé selon la fréquence à laquelle chaque raison a été citée.</translation>
    </message>
    <message>
        <source>Conversations in which the patient named &apos;other&apos; as a reason for not taking medicines as agreed. Listed by how often they were named.</source>
        <translation>Conversations où le patient a cité « autre » comme raison de ne pas prendre ses médicaments comme convenu. Classé selon la fréquence à laquelle chaque raison a été citée.</translation>
    </message>
    <message>
        <source>Patients who said no (outcome &apos;declined&apos;) in the period for the first time ever.</source>
        <translation>Patients qui ont dit non (résultat « a refusé ») pendant la période, pour la toute première fois.</translation>
    </message>
    <message>
        <source>Different patients called in the period (any outcome) after an earlier &apos;no&apos; of theirs.</source>
        <translation>Patients différents appelés pendant la période (quel que soit le résultat) après un « non » donné auparavant.</translation>
    </message>
    <message>
        <source>Different patients reached in the period (a conversation) on a call made after an earlier &apos;no&apos; of theirs: the measure of success with decliners.</source>
        <translation>Patients différents joints pendant la période (une conversation) lors d&apos;un appel fait après un « non » donné auparavant : c&apos;est la mesure du succès auprès des personnes qui avaient refusé.</translation>
    </message>
    <message>
        <source>Calls in the period where the patient declined and the reason recorded was &apos;not interested&apos;. Listed by how often they were given.</source>
        <translation>Appels de la période où le patient a refusé et où la raison enregistrée était « pas intéressé ». Classé selon la fréquence à laquelle chaque raison a été donnée.</translation>
    </message>
    <message>
        <source>Calls in the period where the patient declined and the reason recorded was &apos;feels fine&apos;. Listed by how often they were given.</source>
        <translation>Appels de la période où le patient a refusé et où la raison enregistrée était « se sent bien ». Classé selon la fréquence à laquelle chaque raison a été donnée.</translation>
    </message>
    <message>
        <source>Calls in the period where the patient declined and the reason recorded was &apos;cost&apos;. Listed by how often they were given.</source>
        <translation>Appels de la période où le patient a refusé et où la raison enregistrée était « coût ». Classé selon la fréquence à laquelle chaque raison a été donnée.</translation>
    </message>
    <message>
        <source>Calls in the period where the patient declined and the reason recorded was &apos;side effects&apos;. Listed by how often they were given.</source>
        <translation>Appels de la période où le patient a refusé et où la raison enregistrée était « effets indésirables ». Classé selon la fréquence à laquelle chaque raison a été donnée.</translation>
    </message>
    <message>
        <source>Calls in the period where the patient declined and the reason recorded was &apos;distrust&apos;. Listed by how often they were given.</source>
        <translation>Appels de la période où le patient a refusé et où la raison enregistrée était « méfiance ». Classé selon la fréquence à laquelle chaque raison a été donnée.</translation>
    </message>
    <message>
        <source>Calls in the period where the patient declined and the reason recorded was &apos;no time&apos;. Listed by how often they were given.</source>
        <translation>Appels de la période où le patient a refusé et où la raison enregistrée était « pas le temps ». Classé selon la fréquence à laquelle chaque raison a été donnée.</translation>
    </message>
    <message>
        <source>Calls in the period where the patient declined and the reason recorded was &apos;other reason&apos;. Listed by how often they were given.</source>
        <translation>Appels de la période où le patient a refusé et où la raison enregistrée était « autre raison ». Classé selon la fréquence à laquelle chaque raison a été donnée.</translation>
    </message>
    <message>
        <source>Different patients marked unreachable in the period (no answer three times in a row), counted by the &apos;find a working number&apos; task it made.</source>
        <translation>Patients différents marqués injoignables pendant la période (pas de réponse trois fois de suite), comptés d&apos;après la tâche « trouver un numéro qui marche » ainsi créée.</translation>
    </message>
    <message>
        <source>Different patients with a call in the period whose outcome was &apos;wrong number&apos;.</source>
        <translation>Patients différents avec un appel pendant la période dont le résultat était « mauvais numéro ».</translation>
    </message>
    <message>
        <source>Active patients whose phone number was last confirmed on a day in the period.</source>
        <translation>Patients actifs dont le numéro de téléphone a été confirmé pour la dernière fois un jour de la période.</translation>
    </message>
    <message>
        <source>At the end of the period: the share of active patients registered by then whose phone was confirmed within the clinic&apos;s setting (&apos;confirm contact details after N days&apos;). Read from each patient&apos;s latest confirmation date, so for an earlier period it can only understate.</source>
        <translation>À la fin de la période : la part des patients actifs inscrits à cette date dont le téléphone a été confirmé dans le délai réglé par la clinique (« confirmer les coordonnées après N jours »). Calculé à partir de la dernière date de confirmation de chaque patient : pour une période passée, le chiffre ne peut donc être que sous-estimé.</translation>
    </message>
    <message>
        <source>At the end of the period: active patients registered by then whose phone was not confirmed within the setting (or never).</source>
        <translation>À la fin de la période : les patients actifs inscrits à cette date dont le téléphone n&apos;a pas été confirmé dans le délai réglé (ou jamais).</translation>
    </message>
    <message>
        <source>Appointments on a day in the period marked attended.</source>
        <translation>Rendez-vous tombant un jour de la période et marqués « venu ».</translation>
    </message>
    <message>
        <source>Appointments on a day in the period marked missed.</source>
        <translation>Rendez-vous tombant un jour de la période et marqués « manqué ».</translation>
    </message>
    <message>
        <source>Missed as a share of the appointments attended or missed (cancelled and still scheduled ones are left out).</source>
        <translation>Les rendez-vous manqués, en part des rendez-vous venus ou manqués (les rendez-vous annulés ou encore prévus ne sont pas comptés).</translation>
    </message>
    <message>
        <source>Appointments missed in the period whose recall call reached the patient (the &apos;missed appointment&apos; follow-up was done).</source>
        <translation>Rendez-vous manqués pendant la période dont l&apos;appel de rappel a joint le patient (le suivi « rendez-vous manqué » a été fait).</translation>
    </message>
    <message>
        <source>Of the missed appointments recalled, those whose patient attended a later appointment.</source>
        <translation>Parmi les rendez-vous manqués rappelés, ceux dont le patient est venu à un rendez-vous suivant.</translation>
    </message>
    <message>
        <source>Patients who asked, on a call in the period, for a clinician to call them back (the call-back task made).</source>
        <translation>Patients qui ont demandé, lors d&apos;un appel pendant la période, qu&apos;un soignant les rappelle (la tâche de rappel a été créée).</translation>
    </message>
    <message>
        <source>Of the call-backs asked for in the period, those closed as done so far.</source>
        <translation>Parmi les rappels demandés pendant la période, ceux clos comme faits jusqu&apos;ici.</translation>
    </message>
    <message>
        <source>better</source>
        <translation>mieux</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>moins bien</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>pas de changement</translation>
    </message>
    <message>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <source>Barrier: …</source>
        <translation>Obstacle : …</translation>
    </message>
    <message>
        <source>Conversations in which the patient named that barrier (cost, side effects, forgot, unclear how to take them, transport, other) as a reason for not taking medicines as agreed; one conversation may name several. Listed by how often they were named.</source>
        <translation>Conversations où le patient a cité cet obstacle (coût, effets secondaires, oubli, ne sait pas bien comment les prendre, transport, autre) comme raison de ne pas prendre ses médicaments comme convenu ; une conversation peut en citer plusieurs. Classés du plus au moins cité.</translation>
    </message>
    <message>
        <source>Reason for no: …</source>
        <translation>Raison du refus : …</translation>
    </message>
    <message>
        <source>Calls in the period where the patient declined, by the reason recorded. Listed by how often they were given.</source>
        <translation>Appels de la période où le patient a refusé, selon la raison notée. Classées de la plus à la moins donnée.</translation>
    </message>
    <message>
        <source>This week (Monday to today)</source>
        <translation>Cette semaine (du lundi à aujourd&apos;hui)</translation>
    </message>
    <message>
        <source>Choose the dates</source>
        <translation>Choisir les dates</translation>
    </message>
    <message>
        <source>logged in</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>logged out</source>
        <translation>déconnexion</translation>
    </message>
    <message>
        <source>log-in failed</source>
        <translation>échec de connexion</translation>
    </message>
    <message>
        <source>log-in refused (waiting)</source>
        <translation>connexion refusée (attente)</translation>
    </message>
    <message>
        <source>opened a patient record</source>
        <translation>ouverture d&apos;un dossier patient</translation>
    </message>
    <message>
        <source>registered a patient</source>
        <translation>inscription d&apos;un patient</translation>
    </message>
    <message>
        <source>edited a patient record</source>
        <translation>modification d&apos;un dossier patient</translation>
    </message>
    <message>
        <source>merged two records</source>
        <translation>fusion de deux dossiers</translation>
    </message>
    <message>
        <source>added a staff account</source>
        <translation>ajout d&apos;un compte du personnel</translation>
    </message>
    <message>
        <source>reset a password</source>
        <translation>réinitialisation d&apos;un mot de passe</translation>
    </message>
    <message>
        <source>changed own password</source>
        <translation>changement de son propre mot de passe</translation>
    </message>
    <message>
        <source>changed a role</source>
        <translation>changement d&apos;un rôle</translation>
    </message>
    <message>
        <source>switched an account on</source>
        <translation>réactivation d&apos;un compte</translation>
    </message>
    <message>
        <source>switched an account off</source>
        <translation>désactivation d&apos;un compte</translation>
    </message>
    <message>
        <source>changed settings</source>
        <translation>modification des réglages</translation>
    </message>
    <message>
        <source>looked at the audit trail</source>
        <translation>consultation du journal d&apos;audit</translation>
    </message>
    <message>
        <source>exported the audit trail</source>
        <translation>export du journal d&apos;audit</translation>
    </message>
    <message>
        <source>booked an appointment</source>
        <translation>a pris un rendez-vous</translation>
    </message>
    <message>
        <source>marked an appointment</source>
        <translation>a marqué un rendez-vous</translation>
    </message>
    <message>
        <source>undid an appointment mark</source>
        <translation>a annulé le marquage d&apos;un rendez-vous</translation>
    </message>
    <message>
        <source>a backup failed</source>
        <translation>une sauvegarde a échoué</translation>
    </message>
    <message>
        <source>made a backup</source>
        <translation>a fait une sauvegarde</translation>
    </message>
    <message>
        <source>restored a backup</source>
        <translation>a restauré une sauvegarde</translation>
    </message>
    <message>
        <source>logged a call</source>
        <translation>a enregistré un appel</translation>
    </message>
    <message>
        <source>undid a call</source>
        <translation>a annulé un appel</translation>
    </message>
    <message>
        <source>saved a care plan</source>
        <translation>a enregistré un plan de soins</translation>
    </message>
    <message>
        <source>encrypted the database</source>
        <translation>a chiffré la base de données</translation>
    </message>
    <message>
        <source>exported a CSV file</source>
        <translation>a exporté un fichier CSV</translation>
    </message>
    <message>
        <source>exported a FHIR file</source>
        <translation>a exporté un fichier FHIR</translation>
    </message>
    <message>
        <source>moved a follow-up</source>
        <translation>a déplacé un suivi</translation>
    </message>
    <message>
        <source>printed a handout</source>
        <translation>a imprimé une fiche patient</translation>
    </message>
    <message>
        <source>imported a patient list</source>
        <translation>a importé une liste de patients</translation>
    </message>
    <message>
        <source>added demo patients</source>
        <translation>a ajouté des patients de démonstration</translation>
    </message>
    <message>
        <source>searched patients</source>
        <translation>a cherché des patients</translation>
    </message>
    <message>
        <source>exported a report</source>
        <translation>a exporté un rapport</translation>
    </message>
    <message>
        <source>looked at a report</source>
        <translation>a consulté un rapport</translation>
    </message>
    <message>
        <source>ran the follow-up rules</source>
        <translation>a appliqué les règles de suivi</translation>
    </message>
    <message>
        <source>connected to the hub</source>
        <translation>s&apos;est connecté au serveur central (hub)</translation>
    </message>
    <message>
        <source>exported a sync bundle</source>
        <translation>a exporté un paquet de synchronisation</translation>
    </message>
    <message>
        <source>imported a sync bundle</source>
        <translation>a importé un paquet de synchronisation</translation>
    </message>
    <message>
        <source>settled a record with two versions</source>
        <translation>a réglé un dossier à deux versions</translation>
    </message>
    <message>
        <source>recorded a visit</source>
        <translation>a enregistré une visite</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Patient records opened</source>
        <translation>Dossiers patients ouverts</translation>
    </message>
    <message>
        <source>Patient records: all changes</source>
        <translation>Dossiers patients : tous les changements</translation>
    </message>
    <message>
        <source>Log-ins and log-outs</source>
        <translation>Connexions et déconnexions</translation>
    </message>
    <message>
        <source>Failed log-ins</source>
        <translation>Connexions échouées</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Comptes du personnel</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Audit trail use</source>
        <translation>Consultation du journal d&apos;audit</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Nom de la clinique</translation>
    </message>
    <message>
        <source>Clinic phone</source>
        <translation>Téléphone de la clinique</translation>
    </message>
    <message>
        <source>Country for phone numbers (2 letters, e.g. KE)</source>
        <translation>Pays pour les numéros de téléphone (2 lettres, p. ex. KE)</translation>
    </message>
    <message>
        <source>Prefix of clinic numbers (e.g. KIB)</source>
        <translation>Début des numéros de dossier (p. ex. KIB)</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Langue par défaut</translation>
    </message>
    <message>
        <source>Ask to confirm contact details after (days)</source>
        <translation>Demander de confirmer les coordonnées après (jours)</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <source>Lock the screen after this many idle minutes</source>
        <translation>Verrouiller l&apos;écran après ce nombre de minutes sans activité</translation>
    </message>
    <message>
        <source>Medicine check call after (days)</source>
        <translation>Appel de contrôle des médicaments après (jours)</translation>
    </message>
    <message>
        <source>Paper for handouts</source>
        <translation>Papier pour les fiches patient</translation>
    </message>
    <message>
        <source>Backups kept on a drive (the newest)</source>
        <translation>Sauvegardes gardées sur un lecteur (les plus récentes)</translation>
    </message>
    <message>
        <source>... and one a month for (months)</source>
        <translation>... et une par mois pendant (mois)</translation>
    </message>
    <message>
        <source>Remind to back up after (days)</source>
        <translation>Rappeler de sauvegarder après (jours)</translation>
    </message>
    <message>
        <source>Daily automatic backup to this folder (empty: off)</source>
        <translation>Sauvegarde automatique quotidienne dans ce dossier (vide : désactivée)</translation>
    </message>
    <message>
        <source>After a patient was reached, no other call for (days)</source>
        <translation>Après qu&apos;un patient a été joint, pas d&apos;autre appel pendant (jours)</translation>
    </message>
    <message>
        <source>Sync with the hub every (minutes; 0: only when asked)</source>
        <translation>Synchroniser avec le serveur central toutes les (minutes ; 0 : seulement sur demande)</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <source>Extra large</source>
        <translation>Très grande</translation>
    </message>
    <message>
        <source>Usual colours</source>
        <translation>Couleurs habituelles</translation>
    </message>
    <message>
        <source>High contrast (white on black)</source>
        <translation>Contraste élevé (blanc sur noir)</translation>
    </message>
    <message>
        <source>No answer after several tries</source>
        <translation>Pas de réponse après plusieurs essais</translation>
    </message>
    <message>
        <source>A number was wrong</source>
        <translation>Un numéro était faux</translation>
    </message>
    <message>
        <source>Number not confirmed for a long time</source>
        <translation>Numéro non confirmé depuis longtemps</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Effets indésirables</translation>
    </message>
    <message>
        <source>Forgets</source>
        <translation>Oublie</translation>
    </message>
    <message>
        <source>Didn&apos;t understand</source>
        <translation>N&apos;a pas compris</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Autre chose</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>Pas intéressé</translation>
    </message>
    <message>
        <source>Feels fine</source>
        <translation>Se sent bien</translation>
    </message>
    <message>
        <source>Doesn&apos;t trust the treatment</source>
        <translation>N&apos;a pas confiance dans le traitement</translation>
    </message>
    <message>
        <source>No time</source>
        <translation>Pas le temps</translation>
    </message>
    <message>
        <source>Other reason (write their words)</source>
        <translation>Autre raison (écrivez ses mots)</translation>
    </message>
    <message>
        <source>support person</source>
        <translation>personne de soutien</translation>
    </message>
    <message>
        <source>support people</source>
        <translation>personnes de soutien</translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>rendez-vous</translation>
    </message>
    <message>
        <source>appointments</source>
        <translation>rendez-vous</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>visite</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>visites</translation>
    </message>
    <message>
        <source>care plan</source>
        <translation>plan de soins</translation>
    </message>
    <message>
        <source>care plans</source>
        <translation>plans de soins</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>suivi</translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation>suivis</translation>
    </message>
    <message>
        <source>call</source>
        <translation>appel</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>appels</translation>
    </message>
    <message>
        <source>printed handout</source>
        <translation>fiche patient imprimée</translation>
    </message>
    <message>
        <source>printed handouts</source>
        <translation>fiches patient imprimées</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Second family name</source>
        <translation>Second nom de famille</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <source>Full name (first and family)</source>
        <translation>Nom complet (prénom et nom de famille)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Age (years)</source>
        <translation>Âge (années)</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Année de naissance</translation>
    </message>
    <message>
        <source>Year of birth is an estimate (yes/no)</source>
        <translation>L&apos;année de naissance est une estimation (oui/non)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Village / town</source>
        <translation>Village / ville</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Number in the old system</source>
        <translation>Numéro dans l&apos;ancien système</translation>
    </message>
    <message>
        <source>Support person</source>
        <translation>Personne de soutien</translation>
    </message>
    <message>
        <source>Support person&apos;s relationship</source>
        <translation>Lien de la personne de soutien avec le patient</translation>
    </message>
    <message>
        <source>Support person&apos;s phone</source>
        <translation>Téléphone de la personne de soutien</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Ne pas contacter</translation>
    </message>
    <message>
        <source>Status (active, moved, deceased)</source>
        <translation>Statut (actif, déménagé, décédé)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Year of birth is an estimate</source>
        <translation>L&apos;année de naissance est une estimation</translation>
    </message>
    <message>
        <source>A backup needs a passphrase.</source>
        <translation>Une sauvegarde a besoin d&apos;une phrase secrète.</translation>
    </message>
    <message>
        <source>backup too large for one file</source>
        <translation>sauvegarde trop grande pour un seul fichier</translation>
    </message>
    <message>
        <source>No verified backup of this clinic yet.</source>
        <translation>Aucune sauvegarde vérifiée de cette clinique pour l&apos;instant.</translation>
    </message>
    <message>
        <source>The last verified backup was made {0} days ago.</source>
        <translation>La dernière sauvegarde vérifiée date d&apos;il y a {0} jours.</translation>
    </message>
    <message>
        <source>Far too short: use 4 words or more.</source>
        <translation>Beaucoup trop courte : utilisez 4 mots ou plus.</translation>
    </message>
    <message>
        <source>Backup verified: {0}, {1}, made in {2}. The folder now holds 1 backup of this clinic.</source>
        <translation>Sauvegarde vérifiée : {0}, {1}, faite en {2}. Le dossier contient maintenant 1 sauvegarde de cette clinique.</translation>
    </message>
    <message>
        <source>Backup verified: {0}, {1}, made in {2}. The folder now holds {3} backups of this clinic.</source>
        <translation>Sauvegarde vérifiée : {0}, {1}, faite en {2}. Le dossier contient maintenant {3} sauvegardes de cette clinique.</translation>
    </message>
    <message>
        <source>An empty passphrase cannot be kept.</source>
        <translation>Une phrase secrète vide ne peut pas être retenue.</translation>
    </message>
    <message>
        <source>Empty: choose 4 or more words, or 12 or more characters.</source>
        <translation>Vide : choisissez 4 mots ou plus, ou 12 caractères ou plus.</translation>
    </message>
    <message>
        <source>Too easy to guess: it repeats the same few characters. Choose 4 or more words.</source>
        <translation>Trop facile à deviner : elle répète les mêmes quelques caractères. Choisissez 4 mots ou plus.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Solide.</translation>
    </message>
    <message>
        <source>Good. A longer passphrase (5 words or more) is stronger still.</source>
        <translation>Bonne. Une phrase secrète plus longue (5 mots ou plus) est encore plus solide.</translation>
    </message>
    <message>
        <source>Too short: use 12 characters or more, or 4 words or more.</source>
        <translation>Trop courte : utilisez 12 caractères ou plus, ou 4 mots ou plus.</translation>
    </message>
    <message>
        <source>Tidying old backups</source>
        <translation>Rangement des anciennes sauvegardes</translation>
    </message>
    <message>
        <source>Checking the copy</source>
        <translation>Vérification de la copie</translation>
    </message>
    <message>
        <source>The backup was cancelled. Nothing was saved on the stick; the earlier backups are untouched.</source>
        <translation>La sauvegarde a été annulée. Rien n&apos;a été enregistré sur la clé ; les sauvegardes précédentes sont intactes.</translation>
    </message>
    <message>
        <source>Keeping a copy of the current database</source>
        <translation>Copie de côté de la base de données actuelle</translation>
    </message>
    <message>
        <source>Putting the backup in place</source>
        <translation>Mise en place de la sauvegarde</translation>
    </message>
    <message>
        <source>Copying the database</source>
        <translation>Copie de la base de données</translation>
    </message>
    <message>
        <source>Compressing and encrypting</source>
        <translation>Compression et chiffrement</translation>
    </message>
    <message>
        <source>Verifying the backup on the stick</source>
        <translation>Vérification de la sauvegarde sur la clé</translation>
    </message>
    <message>
        <source>Checking the backup</source>
        <translation>Vérification de la sauvegarde</translation>
    </message>
    <message>
        <source>The backup {0} cannot be opened ({1}). Nothing was changed.</source>
        <translation>La sauvegarde {0} ne peut pas être ouverte ({1}). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The backup {0} cannot be read ({1}).</source>
        <translation>La sauvegarde {0} ne peut pas être lue ({1}).</translation>
    </message>
    <message>
        <source>The backup passphrase is too weak: {0} Nothing was saved.</source>
        <translation>La phrase secrète de la sauvegarde est trop faible : {0} Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The backup&apos;s database key is not the one in the key file {0}. Give the path of a new key file (it will be written), or use the key store. Nothing was changed.</source>
        <translation>La clé de base de données de la sauvegarde n&apos;est pas celle du fichier de clé {0}. Indiquez le chemin d&apos;un nouveau fichier de clé (il sera écrit), ou utilisez le coffre à clés. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The backup was put in place, but opening it failed: {0} The database as it was before is kept as {1}.</source>
        <translation>La sauvegarde a été mise en place, mais son ouverture a échoué : {0} La base de données d&apos;avant est gardée sous le nom {1}.</translation>
    </message>
    <message>
        <source>Restoring failed ({0}). The clinic database is untouched.</source>
        <translation>La restauration a échoué ({0}). La base de données de la clinique n&apos;a pas été touchée.</translation>
    </message>
    <message>
        <source>A condition needs a name.</source>
        <translation>Un problème de santé doit avoir un nom.</translation>
    </message>
    <message>
        <source>A medicine needs a name.</source>
        <translation>Un médicament doit avoir un nom.</translation>
    </message>
    <message>
        <source>“{0}” pills: use whole or half pills, at most {1} at one time.</source>
        <translation>« {0} » comprimés : utilisez des comprimés entiers ou des demi-comprimés, au plus {1} à la fois.</translation>
    </message>
    <message>
        <source>Handouts are written in {0}.</source>
        <translation>Les fiches patient sont écrites en {0}.</translation>
    </message>
    <message>
        <source>“{0}” is not a number of pills: write 1, 2 or ½.</source>
        <translation>« {0} » n&apos;est pas un nombre de comprimés : écrivez 1, 2 ou ½.</translation>
    </message>
    <message>
        <source>“{0}” is not a real date: write it as YYYY-MM-DD (and a time if known).</source>
        <translation>« {0} » n&apos;est pas une date valide : écrivez-la sous la forme AAAA-MM-JJ (et une heure si vous la connaissez).</translation>
    </message>
    <message>
        <source>unknown outcome {0}</source>
        <translation>résultat inconnu {0}</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>nom proche</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>même téléphone</translation>
    </message>
    <message>
        <source>same village</source>
        <translation>même village</translation>
    </message>
    <message>
        <source>same birth date</source>
        <translation>même date de naissance</translation>
    </message>
    <message>
        <source>same or near birth year</source>
        <translation>année de naissance identique ou proche</translation>
    </message>
    <message>
        <source>should be text.</source>
        <translation>doit être du texte.</translation>
    </message>
    <message>
        <source>contains characters that are not letters or punctuation; retype it.</source>
        <translation>contient des caractères qui ne sont ni des lettres ni de la ponctuation ; saisissez-le de nouveau.</translation>
    </message>
    <message>
        <source>is not a patient field.</source>
        <translation>n&apos;est pas un champ du patient.</translation>
    </message>
    <message>
        <source>should be an object with name, relationship, phone, consent_at.</source>
        <translation>doit être un objet avec name, relationship, phone, consent_at.</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Date du consentement</translation>
    </message>
    <message>
        <source>The consent date is in the future.</source>
        <translation>La date de l&apos;accord est dans le futur.</translation>
    </message>
    <message>
        <source>Enter the support person&apos;s name, or clear their details.</source>
        <translation>Saisissez le nom de la personne de soutien, ou effacez ses informations.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; should be yes or no (true/false).</source>
        <translation>« {0} » doit être oui ou non (true/false).</translation>
    </message>
    <message>
        <source>Enter the patient&apos;s name (at least one name).</source>
        <translation>Saisissez le nom du patient (au moins un nom).</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Phone confirmed</source>
        <translation>Téléphone confirmé</translation>
    </message>
    <message>
        <source>Too long: at most {0} characters.</source>
        <translation>Trop long : au plus {0} caractères.</translation>
    </message>
    <message>
        <source>The birth date is in the future. Check the year.</source>
        <translation>La date de naissance est dans le futur. Vérifiez l&apos;année.</translation>
    </message>
    <message>
        <source>should be a list of phone numbers, like [&quot;0712 345 678&quot;].</source>
        <translation>doit être une liste de numéros de téléphone, comme [&quot;0712 345 678&quot;].</translation>
    </message>
    <message>
        <source>each phone number should be text, like &quot;0712 345 678&quot;.</source>
        <translation>chaque numéro de téléphone doit être du texte, comme &quot;0712 345 678&quot;.</translation>
    </message>
    <message>
        <source>{0} &apos;{1}&apos; is not a real date. Use year-month-day, e.g. 1984-03-07.</source>
        <translation>{0} : « {1} » n&apos;est pas une date valide. Utilisez année-mois-jour, p. ex. 1984-03-07.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not one of: {1}.</source>
        <translation>« {0} » n&apos;est pas l&apos;une de ces valeurs : {1}.</translation>
    </message>
    <message>
        <source>about {0}</source>
        <translation>environ {0}</translation>
    </message>
    <message>
        <source>The birth year should be a number like 1975.</source>
        <translation>L&apos;année de naissance doit être un nombre, comme 1975.</translation>
    </message>
    <message>
        <source>The birth year is in the future.</source>
        <translation>L&apos;année de naissance est dans le futur.</translation>
    </message>
    <message>
        <source>{0} date is in the future.</source>
        <translation>{0} : la date est dans le futur.</translation>
    </message>
    <message>
        <source>The birth date is more than {0} years ago.</source>
        <translation>La date de naissance remonte à plus de {0} ans.</translation>
    </message>
    <message>
        <source>The age should be a whole number of years.</source>
        <translation>L&apos;âge doit être un nombre entier d&apos;années.</translation>
    </message>
    <message>
        <source>The birth year is more than {0} years ago.</source>
        <translation>L&apos;année de naissance remonte à plus de {0} ans.</translation>
    </message>
    <message>
        <source>The age should be between 0 and {0}.</source>
        <translation>L&apos;âge doit être entre 0 et {0}.</translation>
    </message>
    <message>
        <source>Enter a phone number, or leave the box empty.</source>
        <translation>Saisissez un numéro de téléphone, ou laissez la case vide.</translation>
    </message>
    <message>
        <source>Too few digits for a phone number.</source>
        <translation>Trop peu de chiffres pour un numéro de téléphone.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; cannot be a phone number in {1} (or with its country code). Check the digits.</source>
        <translation>« {0} » ne peut pas être un numéro de téléphone en {1} (ni avec son indicatif pays). Vérifiez les chiffres.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a phone number. Check the digits.</source>
        <translation>« {0} » n&apos;est pas un numéro de téléphone. Vérifiez les chiffres.</translation>
    </message>
    <message>
        <source>Unknown language {0}: the plain-language check knows {1}.</source>
        <translation>Langue inconnue {0} : la vérification du langage simple connaît {1}.</translation>
    </message>
    <message>
        <source>paper must be one of {0}, not {1}</source>
        <translation>le papier doit être l&apos;un de {0}, pas {1}</translation>
    </message>
    <message>
        <source>Give --day-first or --month-first, not both.</source>
        <translation>Indiquez --day-first ou --month-first, pas les deux.</translation>
    </message>
    <message>
        <source>FHIR export holds patients, appointments and care plans: leave out --what.</source>
        <translation>L&apos;export FHIR contient les patients, les rendez-vous et les plans de soins : retirez --what.</translation>
    </message>
    <message>
        <source>--out {0} is a folder: give a file name, e.g. {1}/patients.{2}.</source>
        <translation>--out {0} est un dossier : indiquez un nom de fichier, p. ex. {1}/patients.{2}.</translation>
    </message>
    <message>
        <source>The rows were not all checked; nothing was imported.</source>
        <translation>Les lignes n&apos;ont pas toutes été vérifiées ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Some rows were not checked; nothing was imported.</source>
        <translation>Certaines lignes n&apos;ont pas été vérifiées ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The patients were imported, but the rows left out could not be written to {0} ({1}). Run the dry run again to see them.</source>
        <translation>Les patients ont été importés, mais les lignes écartées n&apos;ont pas pu être écrites dans {0} ({1}). Relancez l&apos;essai à blanc pour les voir.</translation>
    </message>
    <message>
        <source>The export could not be written to {0} ({1}). Check the folder exists, may be written and has space. Nothing was exported.</source>
        <translation>L&apos;export n&apos;a pas pu être écrit dans {0} ({1}). Vérifiez que le dossier existe, qu&apos;on peut y écrire et qu&apos;il reste de la place. Rien n&apos;a été exporté.</translation>
    </message>
    <message>
        <source>Export &apos;{0}&apos;? Choose one of: {1}.</source>
        <translation>Exporter « {0} » ? Choisissez parmi : {1}.</translation>
    </message>
    <message>
        <source>{0} holds no Patient resources.</source>
        <translation>{0} ne contient aucune ressource Patient.</translation>
    </message>
    <message>
        <source>{0} is too big (at most {1} MB).</source>
        <translation>{0} est trop volumineux ({1} Mo au maximum).</translation>
    </message>
    <message>
        <source>There is no file {0}. Check the name and folder.</source>
        <translation>Le fichier {0} n&apos;existe pas. Vérifiez le nom et le dossier.</translation>
    </message>
    <message>
        <source>{0} cannot be read ({1}).</source>
        <translation>{0} ne peut pas être lu ({1}).</translation>
    </message>
    <message>
        <source>{0} is not a FHIR JSON file. Export the patients from the other system as a FHIR Bundle in JSON.</source>
        <translation>{0} n&apos;est pas un fichier FHIR JSON. Exportez les patients de l&apos;autre système sous forme de Bundle FHIR en JSON.</translation>
    </message>
    <message>
        <source>{0} is JSON but not a FHIR Bundle or Patient. Export the patients from the other system as a FHIR Bundle.</source>
        <translation>{0} est du JSON, mais ni un Bundle ni un Patient FHIR. Exportez les patients de l&apos;autre système sous forme de Bundle FHIR.</translation>
    </message>
    <message>
        <source>{0}: the Bundle&apos;s &apos;entry&apos; is not a list.</source>
        <translation>{0} : le champ &apos;entry&apos; du Bundle n&apos;est pas une liste.</translation>
    </message>
    <message>
        <source>No column holds the patients&apos; names: choose which column is the first name, family name or full name.</source>
        <translation>Aucune colonne ne contient le nom des patients : choisissez la colonne du prénom, du nom de famille ou du nom complet.</translation>
    </message>
    <message>
        <source>The mapping file should hold an object like {&quot;columns&quot;: {&quot;Nom&quot;: &quot;family_name&quot;}}.</source>
        <translation>Le fichier de correspondance doit contenir un objet comme {&quot;columns&quot;: {&quot;Nom&quot;: &quot;family_name&quot;}}.</translation>
    </message>
    <message>
        <source>date_order in the mapping file should be &apos;day-first&apos; or &apos;month-first&apos;.</source>
        <translation>date_order dans le fichier de correspondance doit valoir &apos;day-first&apos; ou &apos;month-first&apos;.</translation>
    </message>
    <message>
        <source>&quot;columns&quot; in the mapping file should be an object like {&quot;Nom&quot;: &quot;family_name&quot;}.</source>
        <translation>&quot;columns&quot; dans le fichier de correspondance doit être un objet comme {&quot;Nom&quot;: &quot;family_name&quot;}.</translation>
    </message>
    <message>
        <source>Columns {0} are all &apos;{1}&apos;: choose one.</source>
        <translation>Les colonnes {0} sont toutes « {1} » : choisissez-en une.</translation>
    </message>
    <message>
        <source>There is no mapping file {0}.</source>
        <translation>Le fichier de correspondance {0} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The mapping file {0} cannot be read ({1}).</source>
        <translation>Le fichier de correspondance {0} ne peut pas être lu ({1}).</translation>
    </message>
    <message>
        <source>The mapping file {0} is not valid JSON ({1} at line {2}).</source>
        <translation>Le fichier de correspondance {0} n&apos;est pas du JSON valide ({1} à la ligne {2}).</translation>
    </message>
    <message>
        <source>The mapping file maps &apos;{0}&apos; to {1}, which is not a field. Use one of: {2} (or null to skip).</source>
        <translation>Le fichier de correspondance associe « {0} » à {1}, qui n&apos;est pas un champ. Utilisez l&apos;un de ceux-ci : {2} (ou null pour l&apos;ignorer).</translation>
    </message>
    <message>
        <source>The mapping file names a column &apos;{0}&apos; that the file does not have. Its columns are: {1}.</source>
        <translation>Le fichier de correspondance cite une colonne « {0} » que le fichier n&apos;a pas. Ses colonnes sont : {1}.</translation>
    </message>
    <message>
        <source>the period ends before it starts</source>
        <translation>la période finit avant de commencer</translation>
    </message>
    <message>
        <source>everyone, every kind of follow-up</source>
        <translation>tout le monde, tous les types de suivi</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semaine</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>{0} jours</translation>
    </message>
    <message>
        <source>calls by {0}</source>
        <translation>appels de {0}</translation>
    </message>
    <message>
        <source>{0} follow-ups</source>
        <translation>suivis « {0} »</translation>
    </message>
    <message>
        <source>Period: {0} ({1} days)</source>
        <translation>Période : {0} ({1} jours)</translation>
    </message>
    <message>
        <source>Compared with: {0}</source>
        <translation>Comparé à : {0}</translation>
    </message>
    <message>
        <source>Who and what: {0}</source>
        <translation>Qui et quoi : {0}</translation>
    </message>
    <message>
        <source>Engagement report</source>
        <translation>Rapport d&apos;engagement</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Cette période</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>page {0}</source>
        <translation>page {0}</translation>
    </message>
    <message>
        <source>this period</source>
        <translation>cette période</translation>
    </message>
    <message>
        <source>previous period</source>
        <translation>période précédente</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>some</source>
        <translation>en partie</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>How each figure is counted</source>
        <translation>Comment chaque indicateur est compté</translation>
    </message>
    <message>
        <source>Periods are the clinic&apos;s local days, first and last included. Calls that were undone and follow-ups that were withdrawn never count. The previous period has the same number of days. Shares are blank when there is nothing to divide by.</source>
        <translation>Les périodes sont des jours locaux de la clinique, le premier et le dernier inclus. Les appels annulés et les suivis retirés ne comptent jamais. La période précédente a le même nombre de jours. Les pourcentages restent vides quand il n&apos;y a rien à diviser.</translation>
    </message>
    <message>
        <source>Barriers patients named (number of conversations)</source>
        <translation>Obstacles cités par les patients (nombre de conversations)</translation>
    </message>
    <message>
        <source>Calls that reached the patient, by {0} (% of calls)</source>
        <translation>Appels où le patient a été joint, par {0} (% des appels)</translation>
    </message>
    <message>
        <source>Follow-ups done on time by {0} (% of those due)</source>
        <translation>Suivis faits à temps, par {0} (% de ceux prévus)</translation>
    </message>
    <message>
        <source>No barriers were recorded in either period.</source>
        <translation>Aucun obstacle n&apos;a été noté sur l&apos;une ou l&apos;autre période.</translation>
    </message>
    <message>
        <source>Made on {0}. Counted from what staff recorded: calls, what patients said, follow-ups, appointments and contact confirmations. How each figure is counted is on the last page.</source>
        <translation>Établi le {0}. Compté à partir de ce que le personnel a noté : appels, ce que les patients ont dit, suivis, rendez-vous et confirmations de contact. Comment chaque indicateur est compté figure en dernière page.</translation>
    </message>
    <message>
        <source>(all staff and kinds)</source>
        <translation>(tout le personnel et tous les types)</translation>
    </message>
    <message>
        <source>Taking medicines as agreed (% of answers)</source>
        <translation>Prend ses médicaments comme convenu (% des réponses)</translation>
    </message>
    <message>
        <source>Use one word of 1 to 40 letters or digits, no spaces.</source>
        <translation>Utilisez un seul mot de 1 à 40 lettres ou chiffres, sans espaces.</translation>
    </message>
    <message>
        <source>The first account must be a manager.</source>
        <translation>Le premier compte doit être un responsable.</translation>
    </message>
    <message>
        <source>Choose front_desk, clinician or manager.</source>
        <translation>Choisissez front_desk (accueil), clinician (soignant) ou manager (responsable).</translation>
    </message>
    <message>
        <source>You cannot take the manager role from yourself.</source>
        <translation>Vous ne pouvez pas vous retirer vous-même le rôle de responsable.</translation>
    </message>
    <message>
        <source>You cannot switch off your own account.</source>
        <translation>Vous ne pouvez pas désactiver votre propre compte.</translation>
    </message>
    <message>
        <source>The command line has no password to change.</source>
        <translation>La ligne de commande n&apos;a pas de mot de passe à changer.</translation>
    </message>
    <message>
        <source>That recovery key is not right: check each group of four characters against the printed sheet.</source>
        <translation>Cette clé de récupération n&apos;est pas bonne : vérifiez chaque groupe de quatre caractères avec la feuille imprimée.</translation>
    </message>
    <message>
        <source>The key file {0} does not hold a database key.</source>
        <translation>Le fichier de clé {0} ne contient pas de clé de base de données.</translation>
    </message>
    <message>
        <source>The key file {0} cannot be read ({1}).</source>
        <translation>Le fichier de clé {0} ne peut pas être lu ({1}).</translation>
    </message>
    <message>
        <source>should be yes, some or no.</source>
        <translation>doit être yes, some ou no (oui, en partie ou non).</translation>
    </message>
    <message>
        <source>should be better, same or worse.</source>
        <translation>doit être better, same ou worse (mieux, pareil ou moins bien).</translation>
    </message>
    <message>
        <source>Write the patient&apos;s reason in their words.</source>
        <translation>Écrivez la raison du patient avec ses mots.</translation>
    </message>
    <message>
        <source>That follow-up is already closed; refresh the queue.</source>
        <translation>Ce suivi est déjà clos ; actualisez la file d&apos;appels.</translation>
    </message>
    <message>
        <source>That call was already undone.</source>
        <translation>Cet appel a déjà été annulé.</translation>
    </message>
    <message>
        <source>That is not an open re-approach.</source>
        <translation>Ce n&apos;est pas une nouvelle approche en cours.</translation>
    </message>
    <message>
        <source>No follow-up with id {0}.</source>
        <translation>Aucun suivi avec l&apos;identifiant {0}.</translation>
    </message>
    <message>
        <source>No call with id {0}.</source>
        <translation>Aucun appel avec l&apos;identifiant {0}.</translation>
    </message>
    <message>
        <source>A call can be undone for {0} minutes only; log a new outcome instead.</source>
        <translation>Un appel ne peut être annulé que pendant {0} minutes ; enregistrez plutôt un nouveau résultat.</translation>
    </message>
    <message>
        <source>Paper is a4 or letter.</source>
        <translation>Le papier est a4 ou letter.</translation>
    </message>
    <message>
        <source>should be one of {0}.</source>
        <translation>doit être l&apos;un de {0}.</translation>
    </message>
    <message>
        <source>No care plan version with id {0}.</source>
        <translation>Aucune version de plan de soins avec l&apos;identifiant {0}.</translation>
    </message>
    <message>
        <source>{0} has no care plan yet: a clinician writes one first (Care plan, on the patient&apos;s record).</source>
        <translation>{0} n&apos;a pas encore de plan de soins : un soignant doit d&apos;abord en écrire un (Plan de soins, dans le dossier du patient).</translation>
    </message>
    <message>
        <source>Could not write the handouts to {0}: {1}. The ones already written are kept; check the folder or the stick and try again.</source>
        <translation>Impossible d&apos;écrire les fiches patient dans {0} : {1}. Celles déjà écrites sont gardées ; vérifiez le dossier ou la clé, puis réessayez.</translation>
    </message>
    <message>
        <source>Demo data is for 0 to {0} patients.</source>
        <translation>Les données de démonstration vont de 0 à {0} patients.</translation>
    </message>
    <message>
        <source>{0} holds a real register: demo patients are only added to a new database or to demo data.</source>
        <translation>{0} contient un vrai registre : les patients de démonstration ne sont ajoutés qu&apos;à une nouvelle base de données ou à des données de démonstration.</translation>
    </message>
    <message>
        <source>making demo data failed: {0}</source>
        <translation>la création des données de démonstration a échoué : {0}</translation>
    </message>
    <message>
        <source>{0} is not a plain (unencrypted) clinic database.</source>
        <translation>{0} n&apos;est pas une base de données de clinique en clair (non chiffrée).</translation>
    </message>
    <message>
        <source>The encrypted copy of {0} did not check out ({1}). The original is untouched.</source>
        <translation>La copie chiffrée de {0} n&apos;a pas passé la vérification ({1}). L&apos;original n&apos;a pas été touché.</translation>
    </message>
    <message>
        <source>Choose two different records to merge.</source>
        <translation>Choisissez deux dossiers différents à fusionner.</translation>
    </message>
    <message>
        <source>{0} was merged into {1}; open and edit that record instead.</source>
        <translation>{0} a été fusionné dans {1} ; ouvrez et modifiez plutôt ce dossier-là.</translation>
    </message>
    <message>
        <source>{0} was already merged into another record.</source>
        <translation>{0} a déjà été fusionné dans un autre dossier.</translation>
    </message>
    <message>
        <source>Give a date (year-month-day, e.g. 2026-10-01).</source>
        <translation>Indiquez une date (année-mois-jour, p. ex. 2026-10-01).</translation>
    </message>
    <message>
        <source>{0} is before the first day ({1}).</source>
        <translation>{0} est avant le premier jour ({1}).</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a real date. Use year-month-day, e.g. 2026-10-01.</source>
        <translation>« {0} » n&apos;est pas une date valide. Utilisez année-mois-jour, p. ex. 2026-10-01.</translation>
    </message>
    <message>
        <source>A report covers at most {0} days; choose a shorter period.</source>
        <translation>Un rapport couvre au plus {0} jours ; choisissez une période plus courte.</translation>
    </message>
    <message>
        <source>is not a setting.</source>
        <translation>n&apos;est pas un réglage.</translation>
    </message>
    <message>
        <source>should be at least {0}.</source>
        <translation>doit être au moins {0}.</translation>
    </message>
    <message>
        <source>should be a 2-letter country code such as KE, NG, MX.</source>
        <translation>doit être un code pays de 2 lettres, comme KE, NG, MX.</translation>
    </message>
    <message>
        <source>should be at most {0}.</source>
        <translation>doit être au plus {0}.</translation>
    </message>
    <message>
        <source>should be 2 to 5 letters, such as KIB.</source>
        <translation>doit avoir 2 à 5 lettres, comme KIB.</translation>
    </message>
    <message>
        <source>A visit cannot be in the future.</source>
        <translation>Une visite ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>Check in after 1 to 365 days.</source>
        <translation>Prise de nouvelles : entre 1 et 365 jours.</translation>
    </message>
    <message>
        <source>Use year-month-day and a time, e.g. 2026-12-01 09:30.</source>
        <translation>Utilisez année-mois-jour et une heure, p. ex. 2026-12-01 09:30.</translation>
    </message>
    <message>
        <source>There is no earlier status to go back to.</source>
        <translation>Il n&apos;y a pas de statut précédent auquel revenir.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a real date. Use year-month-day, e.g. 2026-11-23.</source>
        <translation>« {0} » n&apos;est pas une date valide. Utilisez année-mois-jour, p. ex. 2026-11-23.</translation>
    </message>
    <message>
        <source>The batch names no valid schema version; nothing was applied.</source>
        <translation>Le lot n&apos;indique aucune version de schéma valide ; rien n&apos;a été appliqué.</translation>
    </message>
    <message>
        <source>These changes were made by a newer version of Clinic Companion (schema {0}; this version knows up to {1}). Update this PC, then sync again. Nothing was applied.</source>
        <translation>Ces changements ont été faits par une version plus récente de Clinic Companion (schéma {0} ; cette version connaît jusqu&apos;au {1}). Mettez ce PC à jour, puis synchronisez de nouveau. Rien n&apos;a été appliqué.</translation>
    </message>
    <message>
        <source>Change {0} is not a valid change (docs/sync-wire.md); nothing was applied.</source>
        <translation>Le changement {0} n&apos;est pas un changement valide (docs/sync-wire.md) ; rien n&apos;a été appliqué.</translation>
    </message>
    <message>
        <source>Change {0} sets columns {1} that {2} does not have here; nothing was applied.</source>
        <translation>Le changement {0} remplit les colonnes {1}, que {2} n&apos;a pas ici ; rien n&apos;a été appliqué.</translation>
    </message>
    <message>
        <source>Change {0} has a field that is not text, a number or null; nothing was applied.</source>
        <translation>Le changement {0} a un champ qui n&apos;est ni du texte, ni un nombre, ni null ; rien n&apos;a été appliqué.</translation>
    </message>
    <message>
        <source>Change {0} is for a table this PC does not sync ({1}); nothing was applied.</source>
        <translation>Le changement {0} concerne une table que ce PC ne synchronise pas ({1}) ; rien n&apos;a été appliqué.</translation>
    </message>
    <message>
        <source>Received {0} rows clash with rows already here ({1}): two sites may use the same clinic-number prefix or user name. Nothing was applied; ask for help before syncing again.</source>
        <translation>{0} lignes reçues entrent en conflit avec des lignes déjà présentes ({1}) : deux sites utilisent peut-être le même préfixe de numéro de dossier ou le même nom d&apos;utilisateur. Rien n&apos;a été appliqué ; demandez de l&apos;aide avant de synchroniser de nouveau.</translation>
    </message>
    <message>
        <source>{0} is not a folder. Plug in the stick and choose its folder.</source>
        <translation>{0} n&apos;est pas un dossier. Branchez la clé USB et choisissez son dossier.</translation>
    </message>
    <message>
        <source>The bundle could not be written to {0} ({1}). Check the stick is in and has space, then try again.</source>
        <translation>Le paquet n&apos;a pas pu être écrit dans {0} ({1}). Vérifiez que la clé USB est branchée et qu&apos;il reste de la place, puis réessayez.</translation>
    </message>
    <message>
        <source>not a synced table: {0}</source>
        <translation>table non synchronisée : {0}</translation>
    </message>
    <message>
        <source>Name the clinic database: clinic-app sync --db PATH.</source>
        <translation>Indiquez la base de données de la clinique : clinic-app sync --db CHEMIN.</translation>
    </message>
    <message>
        <source>--country is for a new database; change an existing one&apos;s in Settings.</source>
        <translation>--country sert pour une nouvelle base de données ; pour une base existante, changez-le dans Réglages.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a hub address. Type it as the hub&apos;s administrator gave it, for example https://hub.example.org or http://192.168.1.20:8750.</source>
        <translation>« {0} » n&apos;est pas une adresse de serveur central. Saisissez-la telle que l&apos;administrateur du serveur central vous l&apos;a donnée, par exemple https://hub.example.org ou http://192.168.1.20:8750.</translation>
    </message>
    <message>
        <source>The port in &apos;{0}&apos; is not a number.</source>
        <translation>Le port dans « {0} » n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>This is a demo database: its patients are made up and never sync. Set up sync in the clinic&apos;s real database.</source>
        <translation>Ceci est une base de démonstration : ses patients sont inventés et ne sont jamais synchronisés. Configurez la synchronisation dans la vraie base de la clinique.</translation>
    </message>
    <message>
        <source>The batch holds no list of changes; nothing was applied.</source>
        <translation>Le lot ne contient aucune liste de changements ; rien n&apos;a été appliqué.</translation>
    </message>
    <message>
        <source>The hub gave this PC another site id than its own: is the hub up to date? Nothing was changed here.</source>
        <translation>Le serveur central a donné à ce PC un identifiant de site différent du sien : le serveur central est-il à jour ? Rien n&apos;a été modifié ici.</translation>
    </message>
    <message>
        <source>This PC is not set up for sync: a manager enters the hub address and an enrolment code in Settings → Sync.</source>
        <translation>Ce PC n&apos;est pas configuré pour la synchronisation : un responsable doit saisir l&apos;adresse du serveur central et un code d&apos;inscription dans Réglages → Synchronisation.</translation>
    </message>
    <message>
        <source>This PC&apos;s sync token is not in the keyring (it may have been cleared). Ask the hub&apos;s administrator for a new enrolment code and enrol again in Settings → Sync.</source>
        <translation>Le jeton de synchronisation de ce PC n&apos;est pas dans le trousseau (il a peut-être été effacé). Demandez un nouveau code d&apos;inscription à l&apos;administrateur du serveur central et inscrivez ce PC de nouveau dans Réglages → Synchronisation.</translation>
    </message>
    <message>
        <source>This conflict was settled already (here or at another site). Refresh the list.</source>
        <translation>Ce conflit a déjà été réglé (ici ou sur un autre site). Actualisez la liste.</translation>
    </message>
    <message>
        <source>No sync conflict with id {0}.</source>
        <translation>Aucun conflit de synchronisation avec l&apos;identifiant {0}.</translation>
    </message>
    <message>
        <source>Conflicts on {0}.{1} are not settled here.</source>
        <translation>Les conflits sur {0}.{1} ne se règlent pas ici.</translation>
    </message>
    <message>
        <source>No patient with id {0}.</source>
        <translation>Aucun patient avec l&apos;identifiant {0}.</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;New patient</source>
        <translation>&amp;Nouveau patient</translation>
    </message>
    <message>
        <source>&amp;Open selected</source>
        <translation>&amp;Ouvrir la sélection</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Merge duplicate records…</source>
        <translation>&amp;Fusionner des dossiers en double…</translation>
    </message>
    <message>
        <source>Print &amp;handouts for a day&apos;s visits…</source>
        <translation>&amp;Imprimer les fiches patient des visites d&apos;une journée…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Lock / switch user</source>
        <translation>&amp;Verrouiller / changer d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Changer mon mot de &amp;passe…</translation>
    </message>
    <message>
        <source>Clinic &amp;settings…</source>
        <translation>&amp;Réglages de la clinique…</translation>
    </message>
    <message>
        <source>Staff &amp;accounts…</source>
        <translation>&amp;Comptes du personnel…</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation>&amp;Journal d&apos;audit…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>Res&amp;taurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Engagement re&amp;port…</source>
        <translation>Ra&amp;pport d&apos;engagement…</translation>
    </message>
    <message>
        <source>S&amp;ync with the hub…</source>
        <translation>S&amp;ynchroniser avec le serveur central (hub)…</translation>
    </message>
    <message>
        <source>&amp;Import a patient list…</source>
        <translation>&amp;Importer une liste de patients…</translation>
    </message>
    <message>
        <source>&amp;Patients (CSV)…</source>
        <translation>&amp;Patients (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Follow-ups (CSV)…</source>
        <translation>&amp;Suivis (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Call outcomes (CSV)…</source>
        <translation>&amp;Résultats des appels (CSV)…</translation>
    </message>
    <message>
        <source>Everything as FHIR (&amp;JSON)…</source>
        <translation>Tout en FHIR (&amp;JSON)…</translation>
    </message>
    <message>
        <source>High &amp;contrast (white on black)</source>
        <translation>&amp;Contraste élevé (blanc sur noir)</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Patient</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Text &amp;size</source>
        <translation>&amp;Taille du texte</translation>
    </message>
    <message>
        <source>&amp;Manage</source>
        <translation>&amp;Gestion</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Utilisateur</translation>
    </message>
</context>
<context>
    <name>setup</name>
    <message>
        <source>No key store on this PC</source>
        <translation>Pas de coffre à clés sur ce PC</translation>
    </message>
    <message>
        <source>This PC has no secure key store (such as the Windows Credential Manager or GNOME Keyring), so the key that locks the clinic&apos;s records cannot be kept there.

You can keep the key in a file instead, ideally on a USB stick kept apart from the PC. Whoever has that file and a copy of the records can read them.

Choose where to save the key file?</source>
        <translation>Ce PC n&apos;a pas de coffre à clés sécurisé (comme le Gestionnaire d&apos;identification de Windows ou GNOME Keyring) : la clé qui verrouille les dossiers de la clinique ne peut donc pas y être gardée.

Vous pouvez garder la clé dans un fichier à la place, de préférence sur une clé USB rangée loin du PC. Toute personne qui a ce fichier et une copie des dossiers peut les lire.

Choisir où enregistrer le fichier de clé ?</translation>
    </message>
    <message>
        <source>Save the key file</source>
        <translation>Enregistrer le fichier de clé</translation>
    </message>
</context>
</TS>
