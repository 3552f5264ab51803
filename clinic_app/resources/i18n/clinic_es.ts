<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AccountForm</name>
    <message>
        <source>Add a staff account</source>
        <translation>Agregar una cuenta del personal</translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation>Restablecer una contraseña</translation>
    </message>
    <message>
        <source>Change a role</source>
        <translation>Cambiar un rol</translation>
    </message>
    <message>
        <source>Account: {0} ({1})</source>
        <translation>Cuenta: {0} ({1})</translation>
    </message>
    <message>
        <source>Username (one word)</source>
        <translation>Nombre de usuario (una palabra)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Contraseña temporal</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Nuevo rol</translation>
    </message>
    <message>
        <source>Tell the person this temporary password. They must choose their own at their next log-in. At least {0} characters, not the username.</source>
        <translation>Dígale a la persona esta contraseña temporal. Debe elegir su propia contraseña la próxima vez que inicie sesión. Al menos {0} caracteres, y que no sea el nombre de usuario.</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Agregar cuenta</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Restablecer contraseña</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Cambiar rol</translation>
    </message>
    <message>
        <source>Suggest one</source>
        <translation>Sugerir una</translation>
    </message>
    <message>
        <source>Added {0} ({1}). They choose their own password at their first log-in.</source>
        <translation>Se agregó a {0} ({1}). Elegirá su propia contraseña la primera vez que inicie sesión.</translation>
    </message>
    <message>
        <source>The password of {0} was reset. They choose a new one at their next log-in.</source>
        <translation>Se restableció la contraseña de {0}. Elegirá una nueva la próxima vez que inicie sesión.</translation>
    </message>
    <message>
        <source>{0} is now {1}.</source>
        <translation>{0} ahora tiene el rol “{1}”.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit trail</source>
        <extracomment>(action prefix, label) offered in the &apos;What&apos; filter</extracomment>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>cualquier fecha</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>&amp;From date</source>
        <translation>&amp;Desde la fecha</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Desde la fecha</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>W&amp;hat</source>
        <translation>&amp;Qué</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Audit entries, newest first</source>
        <translation>Entradas del registro de auditoría, las más recientes primero</translation>
    </message>
    <message>
        <source>Show &amp;older entries</source>
        <translation>Mostrar entradas &amp;anteriores</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>&amp;Check the chain</source>
        <translation>&amp;Verificar la cadena</translation>
    </message>
    <message>
        <source>No entries match.</source>
        <translation>Ninguna entrada coincide.</translation>
    </message>
    <message>
        <source>{0} entries shown, newest first.</source>
        <translation>Se muestran {0} entradas, las más recientes primero.</translation>
    </message>
    <message>
        <source>Older entries: press &apos;Show older entries&apos;.</source>
        <translation>Entradas anteriores: pulse &apos;Mostrar entradas anteriores&apos;.</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved {0} entries to {1}</source>
        <translation>Se guardaron {0} entradas en {1}</translation>
    </message>
    <message>
        <source>Checking every entry…</source>
        <translation>Revisando cada entrada…</translation>
    </message>
    <message>
        <source>Chain intact: {0} entries. Nothing was changed or removed.</source>
        <translation>La cadena está intacta: {0} entradas. No se cambió ni se borró nada.</translation>
    </message>
    <message>
        <source>The chain is broken at entry {0} ({1}). Entries may have been changed or removed. Keep this PC as it is and tell whoever looks after your data.</source>
        <translation>La cadena está rota en la entrada {0} ({1}). Puede que se hayan cambiado o borrado entradas. Deje esta computadora tal como está y avise a quien cuida de sus datos.</translation>
    </message>
    <message>
        <source>That did not work: {0}</source>
        <translation>Eso no funcionó: {0}</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <extracomment>reads one page: (filters, limit, offset) -&gt; entries newest first (AuditService.search)</extracomment>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Entry {0}, action {1}, record {2}</source>
        <translation>Entrada {0}, acción {1}, registro {2}</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>Automatic backup: {0}</source>
        <extracomment>a line for the status bar</extracomment>
        <translation>Copia de seguridad automática: {0}</translation>
    </message>
    <message>
        <source>Automatic backup not made: {0}</source>
        <translation>No se hizo la copia de seguridad automática: {0}</translation>
    </message>
</context>
<context>
    <name>AutoSync</name>
    <message>
        <source>Synced with the hub at {0}.</source>
        <extracomment>a short line for the status bar a sync started (True) or ended (False) the CycleReport of a sync that finished the error a sync stopped with (a ClinicError in plain words, or another exception) options for the cycle (tests: no pause between retries)</extracomment>
        <translation>Sincronizado con el servidor central (hub) a las {0}.</translation>
    </message>
    <message>
        <source>⚠ Some records now have two versions: open them to choose the right one.</source>
        <translation>⚠ Algunos registros tienen ahora dos versiones: ábralos para elegir la correcta.</translation>
    </message>
    <message>
        <source>Sync skipped: the hub could not be reached. Your work is safe on this PC; sync will try again later.</source>
        <translation>No se sincronizó: no se pudo conectar con el servidor central (hub). Su trabajo está a salvo en esta computadora; se volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>Sync did not finish: {0}</source>
        <translation>La sincronización no terminó: {0}</translation>
    </message>
    <message>
        <source>Sync did not finish ({0}). Your work is safe on this PC.</source>
        <translation>La sincronización no terminó ({0}). Su trabajo está a salvo en esta computadora.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <source>1. Where to</source>
        <translation>1. Dónde guardarla</translation>
    </message>
    <message>
        <source>Drives and folders to back up to</source>
        <translation>Unidades y carpetas donde guardar la copia de seguridad</translation>
    </message>
    <message>
        <source>Folder for the backup</source>
        <translation>Carpeta para la copia de seguridad</translation>
    </message>
    <message>
        <source>2. The backup passphrase</source>
        <translation>2. La frase de contraseña de la copia</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Frase de contraseña de la copia</translation>
    </message>
    <message>
        <source>Backup passphrase again</source>
        <translation>Frase de contraseña de la copia, otra vez</translation>
    </message>
    <message>
        <source>Remember it on this PC (needed for automatic backups)</source>
        <translation>Recordarla en esta computadora (necesario para las copias automáticas)</translation>
    </message>
    <message>
        <source>⚠ Write the passphrase down and lock it away. If it is lost, nobody can open the backups — not even us.</source>
        <translation>⚠ Anote la frase de contraseña y guárdela bajo llave. Si se pierde, nadie podrá abrir las copias de seguridad, ni siquiera nosotros.</translation>
    </message>
    <message>
        <source>Print a recovery sheet…</source>
        <translation>Imprimir una hoja de recuperación…</translation>
    </message>
    <message>
        <source>The passphrase remembered on this PC is used. Type another one below only to change it.</source>
        <translation>Se usa la frase de contraseña guardada en esta computadora. Escriba otra abajo solo si quiere cambiarla.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Otra vez:</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Avance de la copia de seguridad</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer la copia ahora</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Last verified backup: {0}</source>
        <translation>Última copia de seguridad verificada: {0}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Passphrase: {0}</source>
        <translation>Frase de contraseña: {0}</translation>
    </message>
    <message>
        <source>⚠ The two do not match.</source>
        <translation>⚠ Las dos no coinciden.</translation>
    </message>
    <message>
        <source>At least 12 letters, or four words, e.g. “mango river blue lantern”.</source>
        <translation>Al menos 12 letras, o cuatro palabras, p. ej., “mango río azul linterna”.</translation>
    </message>
    <message>
        <source>The backup failed: {0}. The earlier backups are untouched.</source>
        <translation>La copia de seguridad falló: {0}. Las copias anteriores no se tocaron.</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <source>Handouts for a day&apos;s visits</source>
        <translation>Hojas para el paciente de las visitas de un día</translation>
    </message>
    <message>
        <source>Day of the visits (year-month-day)</source>
        <translation>Día de las visitas (año-mes-día)</translation>
    </message>
    <message>
        <source>Folder for the PDF files</source>
        <translation>Carpeta para los archivos PDF</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Elija la carpeta</translation>
    </message>
    <message>
        <source>Visits on:</source>
        <translation>Visitas del:</translation>
    </message>
    <message>
        <source>Save the PDFs in:</source>
        <translation>Guardar los PDF en:</translation>
    </message>
    <message>
        <source>Handouts made so far</source>
        <translation>Hojas hechas hasta ahora</translation>
    </message>
    <message>
        <source>%v of %m handouts</source>
        <translation>%v de %m hojas</translation>
    </message>
    <message>
        <source>What was made and what was skipped</source>
        <translation>Qué se hizo y qué se omitió</translation>
    </message>
    <message>
        <source>&amp;Make the handouts</source>
        <translation>&amp;Hacer las hojas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop making handouts</source>
        <translation>Dejar de hacer hojas</translation>
    </message>
    <message>
        <source>&amp;Print them all…</source>
        <translation>&amp;Imprimirlas todas…</translation>
    </message>
    <message>
        <source>Print every handout just made</source>
        <translation>Imprimir todas las hojas recién hechas</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Folder for the handouts</source>
        <translation>Carpeta para las hojas</translation>
    </message>
    <message>
        <source>“{0}” is not a real date: write it as year-month-day, e.g. {1}.</source>
        <translation>“{0}” no es una fecha real: escríbala como año-mes-día, p. ej., {1}.</translation>
    </message>
    <message>
        <source>{0} patient(s) seen that day have a care plan.</source>
        <translation>{0} paciente(s) atendido(s) ese día tienen plan de cuidados.</translation>
    </message>
    <message>
        <source>Nobody seen that day has a care plan yet.</source>
        <translation>Nadie atendido ese día tiene plan de cuidados todavía.</translation>
    </message>
    <message>
        <source>Stopping after the handout being made…</source>
        <translation>Se detendrá después de la hoja que se está haciendo…</translation>
    </message>
    <message>
        <source>Stopped: {0} handout(s) were made before Cancel.</source>
        <translation>Detenido: se hicieron {0} hoja(s) antes de Cancelar.</translation>
    </message>
    <message>
        <source>Made {0} handout(s) in {1}.</source>
        <translation>Se hicieron {0} hoja(s) en {1}.</translation>
    </message>
    <message>
        <source>Skipped {0}: {1}</source>
        <translation>Se omitió a {0}: {1}</translation>
    </message>
    <message>
        <source>Print the handouts</source>
        <translation>Imprimir las hojas</translation>
    </message>
    <message>
        <source>The handouts could not be read back from {0}: {1}</source>
        <translation>No se pudieron volver a leer las hojas desde {0}: {1}</translation>
    </message>
    <message>
        <source>Sent {0} handout(s), {1} page(s), to the printer.</source>
        <translation>Se enviaron {0} hoja(s), {1} página(s), a la impresora.</translation>
    </message>
    <message>
        <source>The handouts could not be made: {0}</source>
        <translation>No se pudieron hacer las hojas: {0}</translation>
    </message>
</context>
<context>
    <name>BundleBox</name>
    <message>
        <source>No internet? Carry the changes on a USB stick</source>
        <translation>¿No hay internet? Lleve los cambios en una memoria USB</translation>
    </message>
    <message>
        <source>Export writes the changes made on this PC to a USB stick for the district office. Import reads the return bundle they give back (a .clinicsync file).</source>
        <translation>Exportar guarda en una memoria USB los cambios hechos en esta computadora, para la oficina del distrito. Importar lee el paquete de respuesta que le devuelven (un archivo .clinicsync).</translation>
    </message>
    <message>
        <source>Export sync bundle…</source>
        <translation>Exportar paquete de sincronización…</translation>
    </message>
    <message>
        <source>Export a sync bundle to a USB stick</source>
        <translation>Exportar un paquete de sincronización a una memoria USB</translation>
    </message>
    <message>
        <source>Import sync bundle…</source>
        <translation>Importar paquete de sincronización…</translation>
    </message>
    <message>
        <source>Import a sync bundle from a USB stick</source>
        <translation>Importar un paquete de sincronización desde una memoria USB</translation>
    </message>
    <message>
        <source>Writing the sync bundle…</source>
        <translation>Escribiendo el paquete de sincronización…</translation>
    </message>
    <message>
        <source>✓ Sync bundle written: {0} in {1}. It carries the {2} changes the hub does not have yet. Take it to the district office, and import the return bundle they give you.</source>
        <translation>✓ Paquete de sincronización escrito: {0} en {1}. Lleva los {2} cambios que el servidor central (hub) todavía no tiene. Llévelo a la oficina del distrito e importe el paquete de respuesta que le den.</translation>
    </message>
    <message>
        <source>Sync bundle to import</source>
        <translation>Paquete de sincronización para importar</translation>
    </message>
    <message>
        <source>Sync bundles (*.clinicsync)</source>
        <translation>Paquetes de sincronización (*.clinicsync)</translation>
    </message>
    <message>
        <source>Reading the sync bundle…</source>
        <translation>Leyendo el paquete de sincronización…</translation>
    </message>
    <message>
        <source>✓ Return bundle read: {0} changes from other PCs applied; the hub confirmed {1} changes made on this PC.</source>
        <translation>✓ Paquete de respuesta leído: se aplicaron {0} cambios de otras computadoras; el servidor central (hub) confirmó {1} cambios hechos en esta computadora.</translation>
    </message>
    <message>
        <source>✓ Bundle read: {0} changes applied.</source>
        <translation>✓ Paquete leído: se aplicaron {0} cambios.</translation>
    </message>
    <message>
        <source>({0} were here already.)</source>
        <translation>({0} ya estaban aquí.)</translation>
    </message>
    <message>
        <source>⚠ Two PCs changed the same details at the same time ({0}): choose the right version below.</source>
        <translation>⚠ Dos computadoras cambiaron los mismos datos al mismo tiempo ({0}): elija abajo la versión correcta.</translation>
    </message>
    <message>
        <source>⚠ The hub held back {0} changes made on this PC: its clock looks wrong.</source>
        <translation>⚠ El servidor central (hub) retuvo {0} cambios hechos en esta computadora: parece que su reloj está mal.</translation>
    </message>
    <message>
        <source>That did not finish: {0}. Your work is safe on this PC.</source>
        <translation>Eso no terminó: {0}. Su trabajo está a salvo en esta computadora.</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <source>Call {0}</source>
        <translation>Llamar a {0}</translation>
    </message>
    <message>
        <source>1st try</source>
        <translation>1.er intento</translation>
    </message>
    <message>
        <source>Try {0}</source>
        <translation>Intento {0}</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Guardar (Enter)</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Atrás (Esc)</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Números de teléfono</translation>
    </message>
    <message>
        <source>wrong number: do not use</source>
        <translation>número equivocado: no lo use</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>No phone number on record.</source>
        <translation>No hay número de teléfono registrado.</translation>
    </message>
    <message>
        <source>Copy {0}</source>
        <translation>Copiar {0}</translation>
    </message>
    <message>
        <source>About this patient</source>
        <translation>Sobre este paciente</translation>
    </message>
    <message>
        <source>Speaks: {0}</source>
        <translation>Habla: {0}</translation>
    </message>
    <message>
        <source>Support person: {0} {1}</source>
        <translation>Persona de apoyo: {0} {1}</translation>
    </message>
    <message>
        <source>no consent recorded: do not share health details</source>
        <translation>no hay consentimiento registrado: no comparta datos de salud</translation>
    </message>
    <message>
        <source>Support person: none recorded</source>
        <translation>Persona de apoyo: ninguna registrada</translation>
    </message>
    <message>
        <source>Last visit: {0}</source>
        <translation>Última visita: {0}</translation>
    </message>
    <message>
        <source>Last visit: none on record</source>
        <translation>Última visita: ninguna registrada</translation>
    </message>
    <message>
        <source>Medicines and goals</source>
        <translation>Medicamentos y metas</translation>
    </message>
    <message>
        <source>No care plan yet.</source>
        <translation>Todavía no hay plan de cuidados.</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>mañana</translation>
    </message>
    <message>
        <source>midday</source>
        <translation>mediodía</translation>
    </message>
    <message>
        <source>evening</source>
        <translation>noche</translation>
    </message>
    <message>
        <source>bedtime</source>
        <translation>al acostarse</translation>
    </message>
    <message>
        <source>Agreed: {0}</source>
        <translation>Acordado: {0}</translation>
    </message>
    <message>
        <source>No medicines in the plan.</source>
        <translation>No hay medicamentos en el plan.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Their goals&lt;/b&gt;, in their words:</source>
        <translation>&lt;b&gt;Sus metas&lt;/b&gt;, en sus propias palabras:</translation>
    </message>
    <message>
        <source>What to say</source>
        <translation>Qué decir</translation>
    </message>
    <message>
        <source>No script in {0} yet: these words are in English; say them in the patient&apos;s language.</source>
        <translation>Todavía no hay guion en {0}: estas palabras están en inglés; dígalas en el idioma del paciente.</translation>
    </message>
    <message>
        <source>{0}, key {1}</source>
        <translation>{0}, tecla {1}</translation>
    </message>
    <message>
        <source>What happened? Press a letter key: {0}. Esc closes without saving.</source>
        <translation>¿Qué pasó? Pulse una letra: {0}. Esc cierra sin guardar.</translation>
    </message>
    <message>
        <source>{0}: Enter saves, Esc goes back.</source>
        <translation>{0}: Enter guarda, Esc vuelve atrás.</translation>
    </message>
    <message>
        <source>Saving failed: {0}. Nothing was changed.</source>
        <translation>No se pudo guardar: {0}. No se cambió nada.</translation>
    </message>
    <message>
        <source>Copied {0}. Paste it into the phone or dial it, then press the key for what happened.</source>
        <translation>Se copió {0}. Péguelo en el teléfono o márquelo, y luego pulse la tecla de lo que pasó.</translation>
    </message>
</context>
<context>
    <name>CallbackForm</name>
    <message>
        <source>When should we call back? Type or use the arrow keys; Enter saves.</source>
        <translation>¿Cuándo debemos volver a llamar? Escriba o use las flechas; Enter guarda.</translation>
    </message>
    <message>
        <source>Call back at</source>
        <translation>Fecha y hora para volver a llamar</translation>
    </message>
</context>
<context>
    <name>CallsPage</name>
    <message>
        <source>Calls counts</source>
        <extracomment>a call was logged or undone: the patient&apos;s id</extracomment>
        <translation>Cantidad de llamadas</translation>
    </message>
    <message>
        <source>Show only this kind of call</source>
        <translation>Mostrar solo este tipo de llamada</translation>
    </message>
    <message>
        <source>All kinds of call</source>
        <translation>Todos los tipos de llamada</translation>
    </message>
    <message>
        <source>Show only patients who speak</source>
        <translation>Mostrar solo pacientes que hablan</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Todos los idiomas</translation>
    </message>
    <message>
        <source>Only mine (and unassigned)</source>
        <translation>Solo las mías (y sin asignar)</translation>
    </message>
    <message>
        <source>Only calls assigned to me or to nobody</source>
        <translation>Solo las llamadas asignadas a mí o a nadie</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Actualizar (F5)</translation>
    </message>
    <message>
        <source>Read the call list again</source>
        <translation>Volver a leer la lista de llamadas</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Calls to make today</source>
        <translation>Llamadas para hacer hoy</translation>
    </message>
    <message>
        <source>Arrow keys choose a patient; Enter opens the call.</source>
        <translation>Las flechas eligen un paciente; Enter abre la llamada.</translation>
    </message>
    <message>
        <source>Undo the last call logged</source>
        <translation>Deshacer la última llamada registrada</translation>
    </message>
    <message>
        <source>Undo last call</source>
        <translation>Deshacer la última llamada</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Due today: {0}   ·   Overdue: {1}   ·   Call-backs asked for: {2}</source>
        <translation>Para hoy: {0}   ·   Atrasadas: {1}   ·   Piden que les llamen: {2}</translation>
    </message>
    <message>
        <source>(filtered)</source>
        <translation>(filtrado)</translation>
    </message>
    <message>
        <source>No calls left for today. Well done.</source>
        <translation>No quedan llamadas para hoy. ¡Buen trabajo!</translation>
    </message>
    <message>
        <source>No calls match these filters.</source>
        <translation>Ninguna llamada coincide con estos filtros.</translation>
    </message>
    <message>
        <source>The call list could not be read: {0}</source>
        <translation>No se pudo leer la lista de llamadas: {0}</translation>
    </message>
    <message>
        <source>Undo last call: {0}, {1} (Ctrl+Z)</source>
        <translation>Deshacer la última llamada: {0}, {1} (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undone: the call to {0} was taken back.</source>
        <translation>Deshecho: se anuló la llamada a {0}.</translation>
    </message>
</context>
<context>
    <name>CarePlanDialog</name>
    <message>
        <source>Care plan — {0}</source>
        <extracomment>the medicines table&apos;s columns, left to right, by their key in the plan data</extracomment>
        <translation>Plan de cuidados — {0}</translation>
    </message>
    <message>
        <source>Only clinicians can change the care plan. You can read it here.</source>
        <translation>Solo el personal clínico puede cambiar el plan de cuidados. Aquí puede leerlo.</translation>
    </message>
    <message>
        <source>Plan language</source>
        <translation>Idioma del plan</translation>
    </message>
    <message>
        <source>Plan &amp;language:</source>
        <translation>&amp;Idioma del plan:</translation>
    </message>
    <message>
        <source>The language the patient reads; the handout is printed in it.</source>
        <translation>El idioma que lee el paciente; la hoja para el paciente se imprime en ese idioma.</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Problemas de salud</translation>
    </message>
    <message>
        <source>Add a condition from the library</source>
        <translation>Agregar un problema de salud de la biblioteca</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Agregar problema de salud</translation>
    </message>
    <message>
        <source>Add a condition from the &amp;library:</source>
        <translation>Agregar un problema de salud de la &amp;biblioteca:</translation>
    </message>
    <message>
        <source>No conditions written yet.</source>
        <translation>Todavía no se ha escrito ningún problema de salud.</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>Midday</source>
        <translation>Mediodía</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Noche</translation>
    </message>
    <message>
        <source>Bedtime</source>
        <translation>Al acostarse</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>Para qué sirve</translation>
    </message>
    <message>
        <source>Side effects to watch</source>
        <translation>Efectos secundarios a vigilar</translation>
    </message>
    <message>
        <source>Agreed change</source>
        <translation>Cambio acordado</translation>
    </message>
    <message>
        <source>e.g. Amlodipine</source>
        <translation>p. ej., Amlodipino</translation>
    </message>
    <message>
        <source>e.g. 5 mg tablet</source>
        <translation>p. ej., tableta de 5 mg</translation>
    </message>
    <message>
        <source>In plain words, e.g. Keeps your blood pressure down.</source>
        <translation>En palabras sencillas, p. ej., Mantiene baja su presión.</translation>
    </message>
    <message>
        <source>e.g. Swollen ankles.</source>
        <translation>p. ej., Tobillos hinchados.</translation>
    </message>
    <message>
        <source>e.g. takes it in the evening — agreed with Dr. Okafor</source>
        <translation>p. ej., lo toma por la noche — acordado con el Dr. Okafor</translation>
    </message>
    <message>
        <source>One medicine a row; the pills taken in the morning, at midday, in the evening and at bedtime.</source>
        <translation>Un medicamento por fila; las pastillas que se toman en la mañana, al mediodía, en la noche y al acostarse.</translation>
    </message>
    <message>
        <source>Pills at this time: 1, 2, ½ or 1½</source>
        <translation>Pastillas a esta hora: 1, 2, ½ o 1½</translation>
    </message>
    <message>
        <source>Add medicine</source>
        <translation>Agregar medicamento</translation>
    </message>
    <message>
        <source>Remove medicine</source>
        <translation>Quitar medicamento</translation>
    </message>
    <message>
        <source>Pills at each time of day: 1, 2, ½ or 1½ (0.5 or 1/2 work too). Leave a time empty when none is taken then.</source>
        <translation>Pastillas en cada momento del día: 1, 2, ½ o 1½ (también sirve 0.5 o 1/2). Deje vacío un momento si no se toma nada a esa hora.</translation>
    </message>
    <message>
        <source>The patient&apos;s goals, in their own words</source>
        <translation>Las metas del paciente, en sus propias palabras</translation>
    </message>
    <message>
        <source>One goal a line. Write what the patient says, as they say it.</source>
        <translation>Una meta por línea. Escriba lo que dice el paciente, tal como lo dice.</translation>
    </message>
    <message>
        <source>Call us or come in if…</source>
        <translation>Llámenos o venga si…</translation>
    </message>
    <message>
        <source>Warning signs, one a line. Each finishes the sentence “Call us or come in if…”.</source>
        <translation>Señales de alarma, una por línea. Cada una completa la frase “Llámenos o venga si…”.</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <source>What the patient will do, one a line.</source>
        <translation>Lo que hará el paciente, uno por línea.</translation>
    </message>
    <message>
        <source>Next appointment and support</source>
        <translation>Próxima cita y apoyo</translation>
    </message>
    <message>
        <source>e.g. 2026-12-01 09:30</source>
        <translation>p. ej., 2026-12-01 09:30</translation>
    </message>
    <message>
        <source>e.g. Dr. Okafor</source>
        <translation>p. ej., Dr. Okafor</translation>
    </message>
    <message>
        <source>name and relationship, e.g. Grace (daughter)</source>
        <translation>nombre y parentesco, p. ej., Grace (hija)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or YYYY-MM-DD HH:MM. Leave empty to use the next booked appointment</source>
        <translation>AAAA-MM-DD, o AAAA-MM-DD HH:MM. Déjelo vacío para usar la próxima cita programada</translation>
    </message>
    <message>
        <source> ({0}).</source>
        <translation> ({0}).</translation>
    </message>
    <message>
        <source> (none is booked yet).</source>
        <translation> (todavía no hay ninguna programada).</translation>
    </message>
    <message>
        <source>Next &amp;appointment</source>
        <translation>Próxima &amp;cita</translation>
    </message>
    <message>
        <source>&amp;With whom</source>
        <translation>Con &amp;quién</translation>
    </message>
    <message>
        <source>&amp;Support person</source>
        <translation>Persona de &amp;apoyo</translation>
    </message>
    <message>
        <source>Someone the patient agreed we may involve (family, caregiver).</source>
        <translation>Alguien a quien el paciente aceptó que podemos incluir (familia, cuidador).</translation>
    </message>
    <message>
        <source>Save as new version (Ctrl+S)</source>
        <translation>Guardar como nueva versión (Ctrl+S)</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
    <message>
        <source>Print or preview…</source>
        <translation>Imprimir o vista previa…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Write my own…</source>
        <translation>Escribir una propia…</translation>
    </message>
    <message>
        <source>Added {0} warning signs of “{1}”.</source>
        <translation>Se agregaron {0} señales de alarma de “{1}”.</translation>
    </message>
    <message>
        <source>The warning signs of “{0}” are already there.</source>
        <translation>Las señales de alarma de “{0}” ya están ahí.</translation>
    </message>
    <message>
        <source>For example:</source>
        <translation>Por ejemplo:</translation>
    </message>
    <message>
        <source>Choose a medicine in the table first.</source>
        <translation>Primero elija un medicamento en la tabla.</translation>
    </message>
    <message>
        <source>Version {0}, saved {1} by {2}.</source>
        <translation>Versión {0}, guardada el {1} por {2}.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>No care plan saved yet: saving makes version 1.</source>
        <translation>Todavía no hay plan de cuidados guardado: al guardar se crea la versión 1.</translation>
    </message>
    <message>
        <source>No care plan yet.</source>
        <translation>Todavía no hay plan de cuidados.</translation>
    </message>
    <message>
        <source>Preview and print the handout of version {0}.</source>
        <translation>Ver e imprimir la hoja para el paciente de la versión {0}.</translation>
    </message>
    <message>
        <source>Save the plan first: the handout is printed from the saved version.</source>
        <translation>Primero guarde el plan: la hoja para el paciente se imprime a partir de la versión guardada.</translation>
    </message>
    <message>
        <source>There is no saved plan to print yet.</source>
        <translation>Todavía no hay ningún plan guardado para imprimir.</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>Hay cambios sin guardar.</translation>
    </message>
    <message>
        <source>Condition {0}</source>
        <translation>Problema de salud {0}</translation>
    </message>
    <message>
        <source>{0}: name</source>
        <translation>{0}: nombre</translation>
    </message>
    <message>
        <source>{0}: in plain words</source>
        <translation>{0}: en palabras sencillas</translation>
    </message>
    <message>
        <source>Medicine {0}</source>
        <translation>Medicamento {0}</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Señales de alarma</translation>
    </message>
    <message>
        <source>Saved as version {0}</source>
        <translation>Guardado como versión {0}</translation>
    </message>
    <message>
        <source>Saving failed: {0}. Nothing was changed.</source>
        <translation>No se pudo guardar: {0}. No se cambió nada.</translation>
    </message>
    <message>
        <source>row {0}</source>
        <translation>fila {0}</translation>
    </message>
    <message>
        <source>{0}, {1}: {2}</source>
        <translation>{0}, {1}: {2}</translation>
    </message>
    <message>
        <source>Nothing was saved. Correct what is marked below.</source>
        <translation>No se guardó nada. Corrija lo que está marcado abajo.</translation>
    </message>
    <message>
        <source>Close without saving? The changes to the care plan will be lost.</source>
        <translation>¿Cerrar sin guardar? Se perderán los cambios del plan de cuidados.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Choose a new password</source>
        <translation>Elija una nueva contraseña</translation>
    </message>
    <message>
        <source>{0}, your password was set by a manager. Choose your own password now; only you should know it.</source>
        <translation>{0}, su contraseña la puso un responsable. Elija ahora su propia contraseña; solo usted debe conocerla.</translation>
    </message>
    <message>
        <source>Choose a new password for {0}.</source>
        <translation>Elija una nueva contraseña para {0}.</translation>
    </message>
    <message>
        <source>At least {0} characters, and not your username. A few words you can remember are easier than one short odd word.</source>
        <translation>Al menos {0} caracteres, y que no sea su nombre de usuario. Unas cuantas palabras que pueda recordar son más fáciles que una palabra corta y rara.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Nueva contraseña, otra vez</translation>
    </message>
    <message>
        <source>Save new password</source>
        <translation>Guardar la nueva contraseña</translation>
    </message>
    <message>
        <source>Log out and quit</source>
        <translation>Cerrar sesión y salir</translation>
    </message>
    <message>
        <source>The two new passwords are not the same. Type them again.</source>
        <translation>Las dos contraseñas nuevas no son iguales. Escríbalas otra vez.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Revisar antes de importar</translation>
    </message>
    <message>
        <source>Also import the rows that look like duplicates (I checked: they are different people)</source>
        <translation>Importar también las filas que parecen duplicadas (ya lo revisé: son personas diferentes)</translation>
    </message>
    <message>
        <source>Row in file</source>
        <translation>Fila en el archivo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Revisando cada fila…</translation>
    </message>
    <message>
        <source>Checking %v of %m</source>
        <translation>Revisando %v de %m</translation>
    </message>
    <message>
        <source>Saving %v of %m</source>
        <translation>Guardando %v de %m</translation>
    </message>
    <message>
        <source>✓ {0} patients will be imported.</source>
        <translation>✓ Se importarán {0} pacientes.</translation>
    </message>
    <message>
        <source>⚠ {0} look like patients already registered, or appear twice in the file: not imported.</source>
        <translation>⚠ {0} parecen pacientes ya registrados, o aparecen dos veces en el archivo: no se importan.</translation>
    </message>
    <message>
        <source>✗ {0} cannot be imported: the reason is given for each.</source>
        <translation>✗ {0} no se pueden importar: se indica el motivo de cada uno.</translation>
    </message>
    <message>
        <source>The rows not imported will be saved in a file that you can correct and import again.</source>
        <translation>Las filas que no se importen se guardarán en un archivo que usted puede corregir e importar otra vez.</translation>
    </message>
    <message>
        <source>Duplicate?</source>
        <translation>¿Duplicado?</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>No se puede importar</translation>
    </message>
    <message>
        <source>Import {0} patients</source>
        <translation>Importar {0} pacientes</translation>
    </message>
    <message>
        <source>Importing… the patients appear only when every one is saved.</source>
        <translation>Importando… los pacientes aparecen solo cuando todos están guardados.</translation>
    </message>
</context>
<context>
    <name>ClinicPage</name>
    <message>
        <source>Your clinic</source>
        <translation>Su clínica</translation>
    </message>
    <message>
        <source>These appear on screens and printed handouts. A manager can change them later in Manage → Clinic settings.</source>
        <translation>Estos datos aparecen en las pantallas y en las hojas impresas. Un responsable puede cambiarlos después en Administrar → Configuración de la clínica.</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Nombre de la clínica</translation>
    </message>
    <message>
        <source>Clinic phone</source>
        <translation>Teléfono de la clínica</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>2 letters, for reading phone numbers: KE Kenya, TZ Tanzania, NG Nigeria, MX Mexico…</source>
        <translation>2 letras, para leer los números de teléfono: KE Kenia, TZ Tanzania, NG Nigeria, MX México…</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Idioma predeterminado</translation>
    </message>
    <message>
        <source>Clinic numbers start with</source>
        <translation>Los números de clínica empiezan con</translation>
    </message>
    <message>
        <source>2 to 5 letters, e.g. KIB gives KIB-000001</source>
        <translation>De 2 a 5 letras, p. ej., KIB da KIB-000001</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <source>Which column holds what?</source>
        <translation>¿Qué columna tiene qué dato?</translation>
    </message>
    <message>
        <source>The columns were matched by their names. Check each one and change it if it is wrong; choose “Do not import” for columns you do not need.</source>
        <translation>Las columnas se asignaron por su nombre. Revise cada una y cámbiela si está mal; elija “No importar” para las columnas que no necesita.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna en el archivo</translation>
    </message>
    <message>
        <source>For example</source>
        <translation>Por ejemplo</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Save column {0} as</source>
        <translation>Guardar la columna {0} como</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>No importar</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <source>Add its warning signs</source>
        <translation>Agregar sus señales de alarma</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>In plain words</source>
        <translation>En palabras sencillas</translation>
    </message>
    <message>
        <source>Condition {0} name</source>
        <translation>Nombre del problema de salud {0}</translation>
    </message>
    <message>
        <source>Condition {0} in plain words</source>
        <translation>Problema de salud {0} en palabras sencillas</translation>
    </message>
    <message>
        <source>Add the warning signs of condition {0}</source>
        <translation>Agregar las señales de alarma del problema de salud {0}</translation>
    </message>
    <message>
        <source>Remove condition {0}</source>
        <translation>Quitar el problema de salud {0}</translation>
    </message>
</context>
<context>
    <name>ConflictWords</name>
    <message>
        <source>given name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>apellido</translation>
    </message>
    <message>
        <source>other names</source>
        <translation>otros nombres</translation>
    </message>
    <message>
        <source>phone numbers</source>
        <translation>números de teléfono</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>fecha de nacimiento</translation>
    </message>
    <message>
        <source>year of birth</source>
        <translation>año de nacimiento</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>sexo</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>conservado</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>no number</source>
        <translation>sin número</translation>
    </message>
    <message>
        <source>female</source>
        <translation>femenino</translation>
    </message>
    <message>
        <source>male</source>
        <translation>masculino</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>This PC removed this record (for example merged it into another) while another PC was changing it.</source>
        <translation>Esta computadora eliminó este registro (por ejemplo, lo combinó con otro) mientras otra computadora lo estaba cambiando.</translation>
    </message>
    <message>
        <source>Another PC removed this record (for example merged it into another) while this PC was changing it.</source>
        <translation>Otra computadora eliminó este registro (por ejemplo, lo combinó con otro) mientras esta computadora lo estaba cambiando.</translation>
    </message>
    <message>
        <source>It is removed now.</source>
        <translation>Ahora está eliminado.</translation>
    </message>
    <message>
        <source>It is kept now.</source>
        <translation>Ahora se conserva.</translation>
    </message>
    <message>
        <source>Two PCs changed the {0} at the same time: this PC had {1}, the other PC {2}. The record shows {3} now.</source>
        <translation>Dos computadoras cambiaron el dato “{0}” al mismo tiempo: esta computadora tenía {1}, la otra {2}. El registro muestra ahora {3}.</translation>
    </message>
    <message>
        <source>Keep it removed</source>
        <translation>Dejarlo eliminado</translation>
    </message>
    <message>
        <source>Restore the record</source>
        <translation>Recuperar el registro</translation>
    </message>
    <message>
        <source>this PC&apos;s</source>
        <translation>de esta computadora</translation>
    </message>
    <message>
        <source>the other PC&apos;s</source>
        <translation>de la otra computadora</translation>
    </message>
    <message>
        <source>Keep {0} ({1})</source>
        <translation>Conservar {0} ({1})</translation>
    </message>
    <message>
        <source>shown now</source>
        <translation>se muestra ahora</translation>
    </message>
    <message>
        <source>{0}: removed at one PC, changed at another</source>
        <translation>{0}: eliminado en una computadora, cambiado en otra</translation>
    </message>
    <message>
        <source>{0}: {1} — this PC {2}, the other PC {3}</source>
        <translation>{0}: {1} — esta computadora {2}, la otra {3}</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Contacts to confirm</source>
        <extracomment>the person asked to edit the patient&apos;s number (the patient dialog opens)</extracomment>
        <translation>Contactos por confirmar</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Last confirmed</source>
        <translation>Última confirmación</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Pueblo</translation>
    </message>
    <message>
        <source>Phone &amp;confirmed today</source>
        <translation>Teléfono &amp;confirmado hoy</translation>
    </message>
    <message>
        <source>The patient says the number is right: confirmed today</source>
        <translation>El paciente dice que el número es correcto: confirmado hoy</translation>
    </message>
    <message>
        <source>&amp;Edit number… (Enter)</source>
        <translation>&amp;Editar número… (Enter)</translation>
    </message>
    <message>
        <source>Open the patient&apos;s record to correct the number</source>
        <translation>Abrir el registro del paciente para corregir el número</translation>
    </message>
    <message>
        <source>Mark &amp;moved away</source>
        <translation>Marcar que se &amp;mudó</translation>
    </message>
    <message>
        <source>The patient moved away: stop calling</source>
        <translation>El paciente se mudó: dejar de llamar</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Every number is confirmed. Nothing to do.</source>
        <translation>Todos los números están confirmados. No hay nada que hacer.</translation>
    </message>
    <message>
        <source>The first {0} patients</source>
        <translation>Los primeros {0} pacientes</translation>
    </message>
    <message>
        <source>{0} patients</source>
        <translation>{0} pacientes</translation>
    </message>
    <message>
        <source>need their contact details checked, most urgent first. Call or ask them at the desk; ✗ marks a wrong number.</source>
        <translation>necesitan que se revisen sus datos de contacto, los más urgentes primero. Llámelos o pregúnteles en recepción; ✗ marca un número equivocado.</translation>
    </message>
    <message>
        <source>There is no number to confirm: use Edit number.</source>
        <translation>No hay ningún número para confirmar: use Editar número.</translation>
    </message>
    <message>
        <source>Mark {0} as moved away? They will not be called again.</source>
        <translation>¿Marcar que {0} se mudó? Ya no se le volverá a llamar.</translation>
    </message>
</context>
<context>
    <name>DatesPage</name>
    <message>
        <source>How are the dates written?</source>
        <translation>¿Cómo están escritas las fechas?</translation>
    </message>
    <message>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <source>Dates in this file, such as {0}, can be read two ways. Look at the list in your spreadsheet program, or ask who made it, and choose:</source>
        <translation>Las fechas de este archivo, como {0}, se pueden leer de dos maneras. Mire la lista en su programa de hojas de cálculo, o pregunte a quien la hizo, y elija:</translation>
    </message>
    <message>
        <source>Day first: {0} is {1} {2} {3}</source>
        <translation>Día primero: {0} es el {1} de {2} de {3}</translation>
    </message>
    <message>
        <source>Month first: {0} is {1} {2}, {3}</source>
        <translation>Mes primero: {0} es el {2} de {1} de {3}</translation>
    </message>
</context>
<context>
    <name>DeclineForm</name>
    <message>
        <source>Why did they say no? Arrow keys choose, Enter saves.</source>
        <translation>¿Por qué dijo que no? Las flechas eligen, Enter guarda.</translation>
    </message>
    <message>
        <source>Reason they declined</source>
        <translation>Motivo por el que no aceptó</translation>
    </message>
    <message>
        <source>Their words</source>
        <translation>Sus palabras</translation>
    </message>
    <message>
        <source>Their reason, in their words</source>
        <translation>Su motivo, en sus propias palabras</translation>
    </message>
    <message>
        <source>Choose why they said no (arrow keys), then press Enter.</source>
        <translation>Elija por qué dijo que no (con las flechas) y luego pulse Enter.</translation>
    </message>
    <message>
        <source>Write their reason in their words.</source>
        <translation>Escriba su motivo en sus propias palabras.</translation>
    </message>
</context>
<context>
    <name>DeclinersPage</name>
    <message>
        <source>People who said no</source>
        <translation>Personas que dijeron que no</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Their words</source>
        <translation>Sus palabras</translation>
    </message>
    <message>
        <source>Said no on</source>
        <translation>Dijo que no el</translation>
    </message>
    <message>
        <source>Next gentle approach</source>
        <translation>Próximo acercamiento amable</translation>
    </message>
    <message>
        <source>Next approach date</source>
        <translation>Fecha del próximo acercamiento</translation>
    </message>
    <message>
        <source>Next approach:</source>
        <translation>Próximo acercamiento:</translation>
    </message>
    <message>
        <source>&amp;Change date</source>
        <translation>&amp;Cambiar fecha</translation>
    </message>
    <message>
        <source>Change when this person is next approached</source>
        <translation>Cambiar cuándo se vuelve a contactar a esta persona</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>sin planear</translation>
    </message>
    <message>
        <source>{0} people said no. They are asked again gently on the date shown; nobody calls them before then unless they asked.</source>
        <translation>{0} personas dijeron que no. Se les vuelve a preguntar con amabilidad en la fecha indicada; nadie las llama antes, a menos que lo hayan pedido.</translation>
    </message>
    <message>
        <source>Nobody has said no.</source>
        <translation>Nadie ha dicho que no.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>✓ {0} patients were imported.</source>
        <translation>✓ Se importaron {0} pacientes.</translation>
    </message>
    <message>
        <source>Their clinic numbers are {0} to {1}.</source>
        <translation>Sus números de clínica van del {0} al {1}.</translation>
    </message>
    <message>
        <source>{0} rows were not imported. They are in this file:</source>
        <translation>No se importaron {0} filas. Están en este archivo:</translation>
    </message>
    <message>
        <source>Open it in your spreadsheet program. The last column says what is wrong in each row. Correct the rows, delete the rows of patients who are already registered, save the file, then import it again. If a row that looks like a duplicate is really another person, tick “Also import the rows that look like duplicates” then.</source>
        <translation>Ábralo en su programa de hojas de cálculo. La última columna dice qué está mal en cada fila. Corrija las filas, borre las filas de pacientes que ya están registrados, guarde el archivo e impórtelo otra vez. Si una fila que parece duplicada es en realidad otra persona, marque entonces “Importar también las filas que parecen duplicadas”.</translation>
    </message>
</context>
<context>
    <name>DrivePicker</name>
    <message>
        <source>Look again for USB sticks</source>
        <translation>Buscar otra vez memorias USB</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Elegir una carpeta…</translation>
    </message>
    <message>
        <source>{0} ({1}, {2} free)</source>
        <translation>{0} ({1}, {2} libres)</translation>
    </message>
    <message>
        <source>No USB stick found. Plug one in and press “Look again”, or choose a folder.</source>
        <translation>No se encontró ninguna memoria USB. Conecte una y pulse “Buscar otra vez”, o elija una carpeta.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the patient list</source>
        <translation>Elija la lista de pacientes</translation>
    </message>
    <message>
        <source>Save the list from your spreadsheet program as CSV (or use a FHIR file from another system). Nothing is saved until the last step.</source>
        <translation>Guarde la lista desde su programa de hojas de cálculo como CSV (o use un archivo FHIR de otro sistema). No se guarda nada hasta el último paso.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Patient lists (*.csv *.txt *.tsv *.json);;All files (*)</source>
        <translation>Listas de pacientes (*.csv *.txt *.tsv *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>comas</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabulaciones</translation>
    </message>
    <message>
        <source>vertical bars</source>
        <translation>barras verticales</translation>
    </message>
    <message>
        <source>FHIR file</source>
        <translation>Archivo FHIR</translation>
    </message>
    <message>
        <source>Text: {0}. Values separated by {1}.</source>
        <translation>Texto: {0}. Valores separados por {1}.</translation>
    </message>
    <message>
        <source>✓ Found {0} patients in {1} columns. {2}</source>
        <translation>✓ Se encontraron {0} pacientes en {1} columnas. {2}</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <source>Handout — {0}</source>
        <extracomment>the printer chosen last (kept: the next print starts from it), alive while its dialog is open</extracomment>
        <translation>Hoja para el paciente — {0}</translation>
    </message>
    <message>
        <source>Language of the handout</source>
        <translation>Idioma de la hoja para el paciente</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>Letter (US)</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>Clinician&apos;s copy (adds the teach-back checklist)</source>
        <translation>Copia del personal clínico (agrega la lista para comprobar lo entendido)</translation>
    </message>
    <message>
        <source>Clinician&apos;s copy</source>
        <translation>Copia del personal clínico</translation>
    </message>
    <message>
        <source>Preview of the handout</source>
        <translation>Vista previa de la hoja para el paciente</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the handout</source>
        <translation>Imprimir la hoja para el paciente</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save the handout as a PDF file</source>
        <translation>Guardar la hoja para el paciente como archivo PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message>
        <source>Plan version {0} · {1} · {2} page(s)</source>
        <translation>Versión del plan {0} · {1} · {2} página(s)</translation>
    </message>
    <message>
        <source>The handout could not be made: {0}</source>
        <translation>No se pudo hacer la hoja para el paciente: {0}</translation>
    </message>
    <message>
        <source>Sent to the printer ({0} page(s)).</source>
        <translation>Enviada a la impresora ({0} página(s)).</translation>
    </message>
    <message>
        <source>Save the handout as a PDF</source>
        <translation>Guardar la hoja para el paciente como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved to {0}: {1}. Choose another folder or check the stick, then try again.</source>
        <translation>No se pudo guardar el PDF en {0}: {1}. Elija otra carpeta o revise la memoria USB, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation>Guardado: {0}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Care plan versions</source>
        <translation>Versiones del plan de cuidados</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Saved on</source>
        <translation>Guardada el</translation>
    </message>
    <message>
        <source>Saved by</source>
        <translation>Guardada por</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Times printed</source>
        <translation>Veces impresa</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import a patient list</source>
        <translation>Importar una lista de pacientes</translation>
    </message>
    <message>
        <source>about {0}</source>
        <translation>aprox. {0}</translation>
    </message>
    <message>
        <source>Stopped. Nothing was imported.</source>
        <translation>Detenido. No se importó nada.</translation>
    </message>
    <message>
        <source>Something went wrong ({0}). Nothing was imported; try again, or save the list again as CSV.</source>
        <translation>Algo salió mal ({0}). No se importó nada; vuelva a intentarlo, o guarde otra vez la lista como CSV.</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>this period</source>
        <translation>este período</translation>
    </message>
    <message>
        <source>previous period</source>
        <translation>período anterior</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Something went wrong: {0}. Your saved work is safe.</source>
        <extracomment>the list changed something: the patient&apos;s id</extracomment>
        <translation>Algo salió mal: {0}. Su trabajo guardado está a salvo.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in — {0}</source>
        <extracomment>runs a callable (off the GUI thread) and calls back with its result or its error</extracomment>
        <translation>Iniciar sesión — {0}</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>Nombre de &amp;usuario</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Log-in problem</source>
        <translation>Problema al iniciar sesión</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Type your username.</source>
        <translation>Escriba su nombre de usuario.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Revisando…</translation>
    </message>
    <message>
        <source>The password could not be checked ({0}). Try again; if it happens again, tell your manager.</source>
        <translation>No se pudo revisar la contraseña ({0}). Vuelva a intentarlo; si pasa otra vez, avise a su responsable.</translation>
    </message>
    <message>
        <source>Demo clinic (made-up patients). Log in as {0}. The password for each is {1}</source>
        <translation>Clínica de demostración (pacientes inventados). Inicie sesión como {0}. La contraseña de cada uno es {1}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Find a patient: name, phone or clinic number</source>
        <extracomment>emitted after a write: kind (&quot;patient&quot;, &quot;settings&quot;) and the ids changed the person asked to lock the screen or hand over to someone else (Ctrl+L) the window closed (the app quits)</extracomment>
        <translation>Buscar un paciente: nombre, teléfono o número de clínica</translation>
    </message>
    <message>
        <source>Find a patient</source>
        <translation>Buscar un paciente</translation>
    </message>
    <message>
        <source>New patient (Ctrl+N)</source>
        <translation>Nuevo paciente (Ctrl+N)</translation>
    </message>
    <message>
        <source>Register a new patient</source>
        <translation>Registrar un paciente nuevo</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>Backup reminder</source>
        <translation>Recordatorio de copia de seguridad</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>Sin iniciar sesión</translation>
    </message>
    <message>
        <source>system</source>
        <translation>sistema</translation>
    </message>
    <message>
        <source>Logged in: {0} ({1})</source>
        <translation>Sesión iniciada: {0} ({1})</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Hacer copia de seguridad ahora…</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>1 match.</source>
        <translation>1 resultado.</translation>
    </message>
    <message>
        <source>{0} matches.</source>
        <translation>{0} resultados.</translation>
    </message>
    <message>
        <source>Enter opens the highlighted patient; arrow keys move.</source>
        <translation>Enter abre el paciente resaltado; las flechas mueven la selección.</translation>
    </message>
    <message>
        <source>No patient matches “{0}”. Did you mean: {1}?</source>
        <translation>Ningún paciente coincide con “{0}”. ¿Quiso decir: {1}?</translation>
    </message>
    <message>
        <source>No patient matches “{0}”. Check the spelling, or register a new patient (Ctrl+N).</source>
        <translation>Ningún paciente coincide con “{0}”. Revise cómo está escrito, o registre un paciente nuevo (Ctrl+N).</translation>
    </message>
    <message>
        <source>Type a name, phone number or clinic number.</source>
        <translation>Escriba un nombre, número de teléfono o número de clínica.</translation>
    </message>
    <message>
        <source>{0} patients. Type a name, phone number or clinic number.</source>
        <translation>{0} pacientes. Escriba un nombre, número de teléfono o número de clínica.</translation>
    </message>
    <message>
        <source>{0}

Clinic Companion will now close. Open it again to work on the restored data.</source>
        <translation>{0}

Clinic Companion se cerrará ahora. Vuelva a abrirlo para trabajar con los datos restaurados.</translation>
    </message>
    <message>
        <source>Something went wrong: {0}. Your saved work is safe.</source>
        <translation>Algo salió mal: {0}. Su trabajo guardado está a salvo.</translation>
    </message>
</context>
<context>
    <name>ManagerPage</name>
    <message>
        <source>The first manager</source>
        <translation>El primer responsable</translation>
    </message>
    <message>
        <source>The manager adds the other staff accounts later. Each person logs in with their own name and password.</source>
        <translation>El responsable agrega después las cuentas del resto del personal. Cada persona inicia sesión con su propio nombre y contraseña.</translation>
    </message>
    <message>
        <source>Password: at least {0} characters, and not the username. A few words you can remember are easier than one short odd word.</source>
        <translation>Contraseña: al menos {0} caracteres, y que no sea el nombre de usuario. Unas cuantas palabras que pueda recordar son más fáciles que una palabra corta y rara.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>One word, typed at every log-in, e.g. amina</source>
        <translation>Una palabra, que se escribe cada vez que se inicia sesión, p. ej., amina</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Contraseña, otra vez</translation>
    </message>
    <message>
        <source>Next, the clinic&apos;s records file is made and locked (encrypted) with a new key.</source>
        <translation>Después se crea el archivo de registros de la clínica y se bloquea (cifra) con una clave nueva.</translation>
    </message>
    <message>
        <source>Create the clinic</source>
        <translation>Crear la clínica</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type them again.</source>
        <translation>Las dos contraseñas no son iguales. Escríbalas otra vez.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge duplicate records</source>
        <translation>Combinar registros duplicados</translation>
    </message>
    <message>
        <source>Use this when one person has two records. Everything on the second record (visits, plans, follow-ups, calls, phone numbers) moves to the record you keep. The second record is closed and points to the one kept. Nothing is deleted.</source>
        <translation>Use esto cuando una persona tiene dos registros. Todo lo del segundo registro (visitas, planes, seguimientos, llamadas, números de teléfono) pasa al registro que se conserva. El segundo registro se cierra y apunta al que se conserva. No se borra nada.</translation>
    </message>
    <message>
        <source>Clinic number of the record to keep</source>
        <translation>Número de clínica del registro que se conserva</translation>
    </message>
    <message>
        <source>Clinic number of the duplicate record</source>
        <translation>Número de clínica del registro duplicado</translation>
    </message>
    <message>
        <source>Keep record (clinic no.)</source>
        <translation>Registro que se conserva (n.º de clínica)</translation>
    </message>
    <message>
        <source>Duplicate to merge in</source>
        <translation>Duplicado que se combina</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Combinar</translation>
    </message>
    <message>
        <source>No record with that clinic number.</source>
        <translation>No hay ningún registro con ese número de clínica.</translation>
    </message>
    <message>
        <source>This record was already merged into another one.</source>
        <translation>Este registro ya se combinó con otro.</translation>
    </message>
    <message>
        <source>Merge {0} ({1}) into {2} ({3})? This cannot be undone from this screen.</source>
        <translation>¿Combinar {0} ({1}) con {2} ({3})? Esto no se puede deshacer desde esta pantalla.</translation>
    </message>
    <message>
        <source>Merged. {0} now holds everything ({1} linked records moved).</source>
        <translation>Combinado. {0} tiene ahora todo ({1} registros vinculados se trasladaron).</translation>
    </message>
</context>
<context>
    <name>OutcomeKeys</name>
    <message>
        <source>R</source>
        <comment>the key for: reached</comment>
        <extracomment>outcomes that need a few more words before they are logged</extracomment>
        <translation>C</translation>
    </message>
    <message>
        <source>N</source>
        <comment>the key for: no answer</comment>
        <translation>N</translation>
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
        <translation>E</translation>
    </message>
    <message>
        <source>L</source>
        <comment>the key for: call back later</comment>
        <translation>L</translation>
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
        <translation>Pacientes (Ctrl+1)</translation>
    </message>
    <message>
        <source>Calls today (Ctrl+2)</source>
        <translation>Llamadas de hoy (Ctrl+2)</translation>
    </message>
    <message>
        <source>Contacts to confirm (Ctrl+3)</source>
        <translation>Contactos por confirmar (Ctrl+3)</translation>
    </message>
    <message>
        <source>Decliners (Ctrl+4)</source>
        <translation>Dijeron que no (Ctrl+4)</translation>
    </message>
</context>
<context>
    <name>PatientDialog</name>
    <message>
        <source>Edit patient</source>
        <translation>Editar paciente</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Nuevo paciente</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <source>Care plan and handout</source>
        <translation>Plan de cuidados y hoja para el paciente</translation>
    </message>
    <message>
        <source>Visi&amp;ts and appointments…</source>
        <translation>&amp;Visitas y citas…</translation>
    </message>
    <message>
        <source>Care p&amp;lan…</source>
        <translation>P&amp;lan de cuidados…</translation>
    </message>
    <message>
        <source>Print &amp;handout…</source>
        <translation>&amp;Imprimir hoja para el paciente…</translation>
    </message>
    <message>
        <source>Preview and print the handout</source>
        <translation>Ver e imprimir la hoja para el paciente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Apellido</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Otros nombres</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>&amp;Sexo</translation>
    </message>
    <message>
        <source>Birth</source>
        <translation>Nacimiento</translation>
    </message>
    <message>
        <source>Date of birth known</source>
        <translation>Se sabe la fecha de nacimiento</translation>
    </message>
    <message>
        <source>Only age or birth year known</source>
        <translation>Solo se sabe la edad o el año de nacimiento</translation>
    </message>
    <message>
        <source>year-month-day, e.g. 1984-03-07</source>
        <translation>año-mes-día, p. ej., 1984-03-07</translation>
    </message>
    <message>
        <source>age in years (e.g. 45) or year (1980)</source>
        <translation>edad en años (p. ej., 45) o año (1980)</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>&amp;Fecha de nacimiento</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Aproximado</translation>
    </message>
    <message>
        <source>Estimated age or birth year</source>
        <translation>Edad o año de nacimiento aproximados</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>e.g. 0712 345 678</source>
        <translation>p. ej., 0712 345 678</translation>
    </message>
    <message>
        <source>a second number, if any</source>
        <translation>un segundo número, si tiene</translation>
    </message>
    <message>
        <source>Phone confirmed today</source>
        <translation>Teléfono confirmado hoy</translation>
    </message>
    <message>
        <source>Do not contact this patient</source>
        <translation>No contactar a este paciente</translation>
    </message>
    <message>
        <source>date, e.g. 2026-11-23</source>
        <translation>fecha, p. ej., 2026-11-23</translation>
    </message>
    <message>
        <source>Agreed today</source>
        <translation>Aceptó hoy</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>Phone 2</source>
        <translation>Teléfono 2</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <source>&amp;Village</source>
        <translation>&amp;Pueblo</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Consent to contact</source>
        <translation>Consentimiento para contactarlo</translation>
    </message>
    <message>
        <source>Date the patient agreed to be contacted</source>
        <translation>Fecha en que el paciente aceptó que lo contacten</translation>
    </message>
    <message>
        <source>Preferences and needs</source>
        <translation>Preferencias y necesidades</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Llamada telefónica</translation>
    </message>
    <message>
        <source>Text message (SMS)</source>
        <translation>Mensaje de texto (SMS)</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Visita a domicilio</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier hora</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Tarde</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Noche</translation>
    </message>
    <message>
        <source>Needs large print</source>
        <translation>Necesita letra grande</translation>
    </message>
    <message>
        <source>Needs help reading</source>
        <translation>Necesita ayuda para leer</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Contact by</source>
        <translation>Contactar por</translation>
    </message>
    <message>
        <source>Best time</source>
        <translation>Mejor hora</translation>
    </message>
    <message>
        <source>Support person (family, caregiver)</source>
        <translation>Persona de apoyo (familia, cuidador)</translation>
    </message>
    <message>
        <source>e.g. daughter, husband, neighbour</source>
        <translation>p. ej., hija, esposo, vecino</translation>
    </message>
    <message>
        <source>date the patient agreed</source>
        <translation>fecha en que el paciente aceptó</translation>
    </message>
    <message>
        <source>Support person&apos;s name</source>
        <translation>Nombre de la persona de apoyo</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <source>Support person&apos;s relationship</source>
        <translation>Parentesco de la persona de apoyo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Support person&apos;s phone</source>
        <translation>Teléfono de la persona de apoyo</translation>
    </message>
    <message>
        <source>May involve them since</source>
        <translation>Se puede incluir desde</translation>
    </message>
    <message>
        <source>Date the patient agreed to involve them</source>
        <translation>Fecha en que el paciente aceptó incluirla</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Nothing was saved. Correct the fields marked below.</source>
        <translation>No se guardó nada. Corrija los campos marcados abajo.</translation>
    </message>
    <message>
        <source>Saving failed: {0}. Nothing was changed.</source>
        <translation>No se pudo guardar: {0}. No se cambió nada.</translation>
    </message>
    <message>
        <source>This may be someone already registered. Open their record, or save if this is a different person.</source>
        <translation>Puede que esta persona ya esté registrada. Abra su registro, o guarde si es otra persona.</translation>
    </message>
    <message>
        <source>Open {0}: {1}, born {2}, {3}, {4} ({5})</source>
        <translation>Abrir {0}: {1}, nacido/a {2}, {3}, {4} ({5})</translation>
    </message>
    <message>
        <source>This is a different person: save as new</source>
        <translation>Es otra persona: guardar como nuevo</translation>
    </message>
    <message>
        <source>{0} has no care plan yet. A clinician writes it first (Care plan…); then the handout can be printed.</source>
        <translation>{0} todavía no tiene plan de cuidados. Primero lo escribe alguien del personal clínico (Plan de cuidados…); después se puede imprimir la hoja para el paciente.</translation>
    </message>
    <message>
        <source>Close without saving? What you typed here will be lost.</source>
        <translation>¿Cerrar sin guardar? Se perderá lo que escribió aquí.</translation>
    </message>
    <message>
        <source>Register a new patient</source>
        <translation>Registrar un paciente nuevo</translation>
    </message>
    <message>
        <source>New numbers are confirmed when saved.</source>
        <translation>Los números nuevos quedan confirmados al guardar.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>{0} ({1} days ago)</source>
        <translation>{0} (hace {1} días)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Confirm contact details</source>
        <translation>Confirmar datos de contacto</translation>
    </message>
    <message>
        <source>Ask the patient if the phone number is still right, then press &apos;Phone confirmed today&apos;.</source>
        <translation>Pregunte al paciente si el número de teléfono sigue siendo correcto y luego pulse &apos;Teléfono confirmado hoy&apos;.</translation>
    </message>
</context>
<context>
    <name>PatientListModel</name>
    <message>
        <source>Clinic no.</source>
        <extracomment>runs a callable off the GUI thread and calls back with its result (TaskRunner.run) how many patients the register holds, once known (browsing)</extracomment>
        <translation>N.º de clínica</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Born (age)</source>
        <translation>Nacimiento (edad)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Pueblo</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Datos de contacto</translation>
    </message>
    <message>
        <source>The phone number was not confirmed recently. Ask the patient if it is still right, then press &apos;Phone confirmed today&apos;.</source>
        <translation>El número de teléfono no se confirmó hace poco. Pregunte al paciente si sigue siendo correcto y luego pulse &apos;Teléfono confirmado hoy&apos;.</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>se mudó</translation>
    </message>
    <message>
        <source>deceased</source>
        <translation>falleció</translation>
    </message>
    <message>
        <source>Confirm contact details</source>
        <translation>Confirmar datos de contacto</translation>
    </message>
</context>
<context>
    <name>PlainLanguageCheck</name>
    <message>
        <source>Plain-language check</source>
        <extracomment>the checked text (the segments&apos; lines joined by newlines) and its segments, in order every multi-line field that may carry marks, with the highlighter on its document</extracomment>
        <translation>Revisión de lenguaje sencillo</translation>
    </message>
    <message>
        <source>Getting the reading check ready…</source>
        <translation>Preparando la revisión de lectura…</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Sugerencias</translation>
    </message>
    <message>
        <source>Choose a suggestion to go to its text.</source>
        <translation>Elija una sugerencia para ir a su texto.</translation>
    </message>
    <message>
        <source>&amp;Suggestions (choose one to go to it):</source>
        <translation>&amp;Sugerencias (elija una para ir a ella):</translation>
    </message>
    <message>
        <source>Use plain words</source>
        <translation>Usar palabras sencillas</translation>
    </message>
    <message>
        <source>Put the plain words in place of the chosen word.</source>
        <translation>Poner las palabras sencillas en lugar de la palabra elegida.</translation>
    </message>
    <message>
        <source>In the fields: a long sentence has a yellow background and a straight underline; a hard word has a wavy underline.</source>
        <translation>En los campos: una frase larga tiene fondo amarillo y subrayado recto; una palabra difícil tiene subrayado ondulado.</translation>
    </message>
    <message>
        <source>Nothing to check yet</source>
        <translation>Todavía no hay nada que revisar</translation>
    </message>
    <message>
        <source>grade 1 or below</source>
        <translation>nivel escolar 1 o menos</translation>
    </message>
    <message>
        <source>grade {0}</source>
        <translation>nivel escolar {0}</translation>
    </message>
    <message>
        <source>✓ Easy to read ({0})</source>
        <translation>✓ Fácil de leer ({0})</translation>
    </message>
    <message>
        <source>⚠ Hard to read: {0} — aim for {1:g} or lower</source>
        <translation>⚠ Difícil de leer: {0}; procure llegar a {1:g} o menos</translation>
    </message>
    <message>
        <source>✓ Easy to read (score {0} out of 100)</source>
        <translation>✓ Fácil de leer (puntuación {0} de 100)</translation>
    </message>
    <message>
        <source>⚠ Hard to read: score {0} out of 100 — aim for {1:g} or higher</source>
        <translation>⚠ Difícil de leer: puntuación {0} de 100; procure llegar a {1:g} o más</translation>
    </message>
    <message>
        <source>“{0}” → say “{1}”</source>
        <translation>“{0}” → diga “{1}”</translation>
    </message>
    <message>
        <source>Long sentence ({0} words): split it</source>
        <translation>Frase larga ({0} palabras): divídala</translation>
    </message>
    <message>
        <source>The patient&apos;s words are checked as you type.</source>
        <translation>Las palabras del paciente se revisan mientras escribe.</translation>
    </message>
    <message>
        <source>{0} words in {1} sentences; {2} to fix.</source>
        <translation>{0} palabras en {1} frases; {2} por corregir.</translation>
    </message>
    <message>
        <source>{0} words in {1} sentences; nothing to fix.</source>
        <translation>{0} palabras en {1} frases; nada que corregir.</translation>
    </message>
    <message>
        <source>“{0}” is now “{1}”.</source>
        <translation>“{0}” ahora es “{1}”.</translation>
    </message>
    <message>
        <source>That text changed since the check: choose the suggestion again.</source>
        <translation>Ese texto cambió desde la revisión: elija la sugerencia otra vez.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>The first patients, as they will be saved</source>
        <translation>Los primeros pacientes, tal como se guardarán</translation>
    </message>
    <message>
        <source>If names, dates or phone numbers look wrong here, go Back and change the columns.</source>
        <translation>Si los nombres, fechas o números de teléfono se ven mal aquí, vuelva Atrás y cambie las columnas.</translation>
    </message>
    <message>
        <source>Row in file</source>
        <translation>Fila en el archivo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Nacimiento</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Pueblo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>✓ OK</source>
        <translation>✓ Bien</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>They asked us to call back</source>
        <extracomment>what each outcome is called on screen reads the details of lines start:end of a queue the details of rows first..last were read (the view sizes those rows)</extracomment>
        <translation>Pidieron que les volviéramos a llamar</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Para hoy</translation>
    </message>
    <message>
        <source>Overdue 1 day</source>
        <translation>Atrasado 1 día</translation>
    </message>
    <message>
        <source>Overdue {0} days</source>
        <translation>Atrasado {0} días</translation>
    </message>
    <message>
        <source>1st try</source>
        <translation>1.er intento</translation>
    </message>
    <message>
        <source>Try {0}</source>
        <translation>Intento {0}</translation>
    </message>
    <message>
        <source>Not called yet</source>
        <translation>Aún no se ha llamado</translation>
    </message>
</context>
<context>
    <name>ReachedForm</name>
    <message>
        <source>Taking the medicines as agreed?</source>
        <translation>¿Toma los medicamentos como se acordó?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Some of them / sometimes</source>
        <translation>Algunos / a veces</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>What gets in the way? (tick all they say)</source>
        <translation>¿Qué se lo impide? (marque todo lo que diga)</translation>
    </message>
    <message>
        <source>Barrier: {0}</source>
        <translation>Obstáculo: {0}</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Cómo se siente</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Mejor</translation>
    </message>
    <message>
        <source>The same</source>
        <translation>Igual</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Peor</translation>
    </message>
    <message>
        <source>Wants a nurse or doctor to call them</source>
        <translation>Quiere que lo llame un enfermero o un médico</translation>
    </message>
    <message>
        <source>Teach-back done: they said the plan back in their own words</source>
        <translation>Se comprobó lo entendido: explicó el plan con sus propias palabras</translation>
    </message>
    <message>
        <source>Teach-back done</source>
        <translation>Se comprobó lo entendido</translation>
    </message>
    <message>
        <source>Notes: what they said</source>
        <translation>Notas: lo que dijo</translation>
    </message>
    <message>
        <source>What they said, in a few words</source>
        <translation>Lo que dijo, en pocas palabras</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Keep the recovery key</source>
        <translation>Guarde la clave de recuperación</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyWidget</name>
    <message>
        <source>This is the clinic&apos;s recovery key. It is shown only this once.
If this PC breaks, or its key store is lost, the clinic&apos;s records can only be opened with this key. Without it they cannot be read by anyone.
Print it or write it down now, and keep it locked away, apart from this PC.</source>
        <translation>Esta es la clave de recuperación de la clínica. Se muestra solo esta vez.
Si esta computadora se daña, o se pierde su almacén de claves, los registros de la clínica solo se podrán abrir con esta clave. Sin ella, nadie podrá leerlos.
Imprímala o anótela ahora, y guárdela bajo llave, lejos de esta computadora.</translation>
    </message>
    <message>
        <source>&amp;Print the recovery key…</source>
        <translation>&amp;Imprimir la clave de recuperación…</translation>
    </message>
    <message>
        <source>I have printed or written down the recovery key</source>
        <translation>Ya imprimí o anoté la clave de recuperación</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Imprimir la clave de recuperación</translation>
    </message>
    <message>
        <source>This key opens the clinic&apos;s records if the PC&apos;s key store is lost or the records are moved to a new PC. Keep this paper locked away, apart from the PC. Anyone with this key and a copy of the records can read them.</source>
        <translation>Esta clave abre los registros de la clínica si se pierde el almacén de claves de la computadora o si los registros se pasan a una computadora nueva. Guarde este papel bajo llave, lejos de la computadora. Cualquiera que tenga esta clave y una copia de los registros puede leerlos.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Keep the recovery key</source>
        <translation>Guarde la clave de recuperación</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Engagement report</source>
        <translation>Informe de participación</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>Pe&amp;ríodo</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>S&amp;taff</source>
        <translation>P&amp;ersonal</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Miembro del personal</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>Kind of follow-up</source>
        <translation>Tipo de seguimiento</translation>
    </message>
    <message>
        <source>Figures, this period beside the previous one</source>
        <translation>Cifras: este período junto al anterior</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Período anterior</translation>
    </message>
    <message>
        <source>points</source>
        <translation>puntos</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>peor</translation>
    </message>
    <message>
        <source>Calls that reached the patient (%)</source>
        <translation>Llamadas en que se habló con el paciente (%)</translation>
    </message>
    <message>
        <source>Follow-ups done on time (%)</source>
        <translation>Seguimientos hechos a tiempo (%)</translation>
    </message>
    <message>
        <source>Taking medicines as agreed (% of answers)</source>
        <translation>Toman los medicamentos como se acordó (% de respuestas)</translation>
    </message>
    <message>
        <source>Barriers named (conversations)</source>
        <translation>Obstáculos mencionados (conversaciones)</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>calls by {0}</source>
        <translation>llamadas de {0}</translation>
    </message>
    <message>
        <source>{0} follow-ups</source>
        <translation>seguimientos de tipo “{0}”</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; ({1} days), compared with the {1} days before: {2}. {3}. Hover over a figure to see how it is counted.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; ({1} días), comparado con los {1} días anteriores: {2}. {3}. Pase el ratón sobre una cifra para ver cómo se cuenta.</translation>
    </message>
    <message>
        <source>Everyone, every kind of follow-up</source>
        <translation>Todos, todos los tipos de seguimiento</translation>
    </message>
    <message>
        <source>&lt;b&gt;Note:&lt;/b&gt; the previous period has only {0} follow-ups due, so its shares say little; compare with care.</source>
        <translation>&lt;b&gt;Nota:&lt;/b&gt; el período anterior tiene solo {0} seguimientos previstos, así que sus porcentajes dicen poco; compare con cuidado.</translation>
    </message>
    <message>
        <source>nothing to compare with before</source>
        <translation>nada con qué comparar antes</translation>
    </message>
    <message>
        <source>before: {0} · {1}</source>
        <translation>antes: {0} · {1}</translation>
    </message>
    <message>
        <source>nothing counted</source>
        <translation>nada contado</translation>
    </message>
    <message>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semana</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>some</source>
        <translation>en parte</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>No figures shown.</source>
        <translation>No se muestran cifras.</translation>
    </message>
    <message>
        <source>That did not work: {0}. Nothing was changed.</source>
        <translation>Eso no funcionó: {0}. No se cambió nada.</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Guardar el informe como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the figures as CSV</source>
        <translation>Exportar las cifras como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved to {0}</source>
        <translation>Guardado en {0}</translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <source>Figure</source>
        <extracomment>the figures shown large at the top: what a manager looks at first the words of the change column, translated in place</extracomment>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Este período</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Período anterior</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>(all staff and kinds)</source>
        <translation>(todo el personal y todos los tipos)</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <source>Two versions of {0}</source>
        <translation>Dos versiones de {0}</translation>
    </message>
    <message>
        <source>Which is right? Ask the patient if you can.</source>
        <translation>¿Cuál es la correcta? Si puede, pregúnteselo al paciente.</translation>
    </message>
    <message>
        <source>Neither: the right {0} is</source>
        <translation>Ninguna. Dato correcto ({0}):</translation>
    </message>
    <message>
        <source>The right {0}</source>
        <translation>Dato correcto ({0})</translation>
    </message>
    <message>
        <source>Save this choice</source>
        <translation>Guardar esta elección</translation>
    </message>
    <message>
        <source>e.g. 0712 345 678, a second after a comma</source>
        <translation>p. ej., 0712 345 678; un segundo número después de una coma</translation>
    </message>
    <message>
        <source>year-month-day, e.g. 1984-03-07</source>
        <translation>año-mes-día, p. ej., 1984-03-07</translation>
    </message>
    <message>
        <source>e.g. 1980</source>
        <translation>p. ej., 1980</translation>
    </message>
    <message>
        <source>Choose one of the versions, or type the right one.</source>
        <translation>Elija una de las versiones, o escriba la correcta.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>The choice was not saved: {0}. Nothing was changed.</source>
        <translation>No se guardó la elección: {0}. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <extracomment>the database was replaced: the app must open it again</extracomment>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Archivo de la copia de seguridad</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Frase de contraseña de la copia</translation>
    </message>
    <message>
        <source>Backup file:</source>
        <translation>Archivo de la copia:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <source>Choose a backup and type its passphrase, then press “Check the backup” to see what it holds. Nothing changes until you press Restore.</source>
        <translation>Elija una copia de seguridad y escriba su frase de contraseña; luego pulse “Revisar la copia” para ver qué contiene. No cambia nada hasta que pulse Restaurar.</translation>
    </message>
    <message>
        <source>&amp;Check the backup</source>
        <translation>&amp;Revisar la copia</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>Res&amp;taurar…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Choose the backup</source>
        <translation>Elija la copia de seguridad</translation>
    </message>
    <message>
        <source>Clinic backups (*.clinicbackup);;All files (*)</source>
        <translation>Copias de seguridad de la clínica (*.clinicbackup);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The file {0} cannot be read: {1}.</source>
        <translation>No se puede leer el archivo {0}: {1}.</translation>
    </message>
    <message>
        <source>This backup holds: {0}</source>
        <translation>Esta copia de seguridad contiene: {0}</translation>
    </message>
    <message>
        <source>Replace the clinic&apos;s data on this PC with this backup?

{0}

The data as it is now is kept aside first, so nothing is lost.</source>
        <translation>¿Reemplazar los datos de la clínica en esta computadora por esta copia de seguridad?

{0}

Antes se guarda aparte una copia de los datos actuales, así que no se pierde nada.</translation>
    </message>
    <message>
        <source>Restoring… do not switch the PC off.</source>
        <translation>Restaurando… no apague la computadora.</translation>
    </message>
    <message>
        <source>The restore failed: {0}. The clinic&apos;s data was not changed.</source>
        <translation>La restauración falló: {0}. Los datos de la clínica no se cambiaron.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Locked after {0} minutes without use. Log in to continue.</source>
        <extracomment>the app should end (Quit at log-in, or the main window closed)</extracomment>
        <translation>Bloqueado tras {0} minutos sin uso. Inicie sesión para continuar.</translation>
    </message>
    <message>
        <source>Locked after 1 minute without use. Log in to continue.</source>
        <translation>Bloqueado tras 1 minuto sin uso. Inicie sesión para continuar.</translation>
    </message>
    <message>
        <source>{0} logged out. The next person can log in.</source>
        <translation>{0} cerró sesión. La siguiente persona puede iniciar sesión.</translation>
    </message>
    <message>
        <source>Locked. Log in to continue.</source>
        <translation>Bloqueado. Inicie sesión para continuar.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <extracomment>Settings → Sync: the Sync page, over this dialog</extracomment>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Language of the screens (this PC)</source>
        <translation>Idioma de las pantallas (esta computadora)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter (US)</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>e.g. D:\Backups, or empty for none</source>
        <translation>p. ej., D:\Copias, o vacío para ninguna</translation>
    </message>
    <message>
        <source>S&amp;ync with the hub…</source>
        <translation>&amp;Sincronizar con el servidor central…</translation>
    </message>
    <message>
        <source>Sync with the hub: set up, status, USB bundles</source>
        <translation>Sincronizar con el servidor central (hub): configuración, estado, paquetes USB</translation>
    </message>
    <message>
        <source>The screens will be in {0} from the next time Clinic Companion opens.</source>
        <translation>Las pantallas estarán en {0} a partir de la próxima vez que se abra Clinic Companion.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up {0}</source>
        <translation>Configurar {0}</translation>
    </message>
    <message>
        <source>The clinic was not created: it needs a key store or a key file.</source>
        <translation>No se creó la clínica: necesita un almacén de claves o un archivo de clave.</translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Can log in</source>
        <translation>Puede iniciar sesión</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Debe cambiar la contraseña</translation>
    </message>
    <message>
        <source>Last log-in</source>
        <translation>Último inicio de sesión</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No — switched off</source>
        <translation>No — desactivada</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
</context>
<context>
    <name>StickDialog</name>
    <message>
        <source>Export sync bundle</source>
        <translation>Exportar paquete de sincronización</translation>
    </message>
    <message>
        <source>Plug in the USB stick, choose it, and press “Write the bundle here”.</source>
        <translation>Conecte la memoria USB, elíjala y pulse “Escribir el paquete aquí”.</translation>
    </message>
    <message>
        <source>USB sticks and folders to write the bundle to</source>
        <translation>Memorias USB y carpetas donde escribir el paquete</translation>
    </message>
    <message>
        <source>Folder for the sync bundle</source>
        <translation>Carpeta para el paquete de sincronización</translation>
    </message>
    <message>
        <source>Write the bundle here</source>
        <translation>Escribir el paquete aquí</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Sync with the hub</source>
        <extracomment>records changed here (a bundle imported, a version chosen): lists refresh</extracomment>
        <translation>Sincronizar con el servidor central (hub)</translation>
    </message>
    <message>
        <source>Sync shares this clinic&apos;s records with the hub (at the district office) and with the clinic&apos;s other PCs. It is optional: everything in the app works without it.</source>
        <translation>La sincronización comparte los registros de esta clínica con el servidor central (hub), en la oficina del distrito, y con las otras computadoras de la clínica. Es opcional: todo en la aplicación funciona sin ella.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Connect this PC to the hub</source>
        <translation>Conectar esta computadora al servidor central (hub)</translation>
    </message>
    <message>
        <source>e.g. https://hub.example.org</source>
        <translation>p. ej., https://hub.example.org</translation>
    </message>
    <message>
        <source>e.g. ABCD-EFGH-JKLM-NPQR</source>
        <translation>p. ej., ABCD-EFGH-JKLM-NPQR</translation>
    </message>
    <message>
        <source>Hub address:</source>
        <translation>Dirección del servidor central:</translation>
    </message>
    <message>
        <source>As the hub&apos;s administrator gave it to you.</source>
        <translation>Tal como se la dio el administrador del servidor central.</translation>
    </message>
    <message>
        <source>Enrolment code:</source>
        <translation>Código de inscripción:</translation>
    </message>
    <message>
        <source>A one-time code from the hub&apos;s administrator. It works once, for this PC.</source>
        <translation>Un código de un solo uso del administrador del servidor central. Funciona una vez, para esta computadora.</translation>
    </message>
    <message>
        <source>Connect to the hub</source>
        <translation>Conectar con el servidor central</translation>
    </message>
    <message>
        <source>How sync is going</source>
        <translation>Cómo va la sincronización</translation>
    </message>
    <message>
        <source>How often to sync by itself</source>
        <translation>Cada cuánto sincronizar automáticamente</translation>
    </message>
    <message>
        <source>Sync by itself:</source>
        <translation>Sincronizar automáticamente:</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Sync with the hub now</source>
        <translation>Sincronizar ahora con el servidor central (hub)</translation>
    </message>
    <message>
        <source>Sync running</source>
        <translation>Sincronización en curso</translation>
    </message>
    <message>
        <source>Records with two versions</source>
        <translation>Registros con dos versiones</translation>
    </message>
    <message>
        <source>Two PCs changed the same details of these records at the same time. Open each one and choose the right version.</source>
        <translation>Dos computadoras cambiaron los mismos datos de estos registros al mismo tiempo. Abra cada uno y elija la versión correcta.</translation>
    </message>
    <message>
        <source>Open and choose…</source>
        <translation>Abrir y elegir…</translation>
    </message>
    <message>
        <source>This is the demo database: its patients are made up and never sync. Set up sync in the clinic&apos;s real database.</source>
        <translation>Esta es la base de datos de demostración: sus pacientes son inventados y nunca se sincronizan. Configure la sincronización en la base de datos real de la clínica.</translation>
    </message>
    <message>
        <source>✓ This PC is connected to the hub at {0} {1}</source>
        <translation>✓ Esta computadora está conectada al servidor central (hub) en {0} {1}</translation>
    </message>
    <message>
        <source>as {0}.</source>
        <translation>como {0}.</translation>
    </message>
    <message>
        <source>Last synced {0}.</source>
        <translation>Última sincronización: {0}.</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Todavía no se ha sincronizado.</translation>
    </message>
    <message>
        <source>The last try ({0}) did not work.</source>
        <translation>El último intento ({0}) no funcionó.</translation>
    </message>
    <message>
        <source>The hub held back {0} changes made on this PC because their time was too far ahead. They are kept; once the clock is right, the hub lets them through.</source>
        <translation>El servidor central (hub) retuvo {0} cambios hechos en esta computadora porque su hora estaba demasiado adelantada. Se conservan; cuando el reloj esté bien, el servidor central los dejará pasar.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>{0} today</source>
        <translation>hoy a las {0}</translation>
    </message>
    <message>
        <source>{0} yesterday</source>
        <translation>ayer a las {0}</translation>
    </message>
    <message>
        <source>on {0} at {1}</source>
        <translation>el {0} a las {1}</translation>
    </message>
    <message>
        <source>✓ Nothing is waiting to go: the hub has everything made on this PC.</source>
        <translation>✓ No hay nada pendiente de enviar: el servidor central (hub) tiene todo lo hecho en esta computadora.</translation>
    </message>
    <message>
        <source>1 change made on this PC is waiting to go to the hub.</source>
        <translation>1 cambio hecho en esta computadora está esperando para enviarse al servidor central (hub).</translation>
    </message>
    <message>
        <source>{0} changes made on this PC are waiting to go to the hub.</source>
        <translation>{0} cambios hechos en esta computadora están esperando para enviarse al servidor central (hub).</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>{0} días</translation>
    </message>
    <message>
        <source>{0} hours</source>
        <translation>{0} horas</translation>
    </message>
    <message>
        <source>ahead of</source>
        <translation>adelantado respecto al</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>atrasado respecto al</translation>
    </message>
    <message>
        <source>This PC&apos;s clock is about {0} {1} the hub&apos;s. Ask someone to set the right date and time on this PC: until then, changes made here may be held back or sorted wrongly.</source>
        <translation>El reloj de esta computadora va unos {0} {1} del servidor central (hub). Pida a alguien que ponga la fecha y la hora correctas en esta computadora: mientras tanto, los cambios hechos aquí pueden quedar retenidos o en mal orden.</translation>
    </message>
    <message>
        <source>Only when I press “Sync now”</source>
        <translation>Solo cuando pulse “Sincronizar ahora”</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Cada hora</translation>
    </message>
    <message>
        <source>Once a day</source>
        <translation>Una vez al día</translation>
    </message>
    <message>
        <source>Every {0} hours</source>
        <translation>Cada {0} horas</translation>
    </message>
    <message>
        <source>Every {0} minutes</source>
        <translation>Cada {0} minutos</translation>
    </message>
    <message>
        <source>Records with two versions ({0})</source>
        <translation>Registros con dos versiones ({0})</translation>
    </message>
    <message>
        <source>That did not finish: {0}. Your work is safe on this PC.</source>
        <translation>Eso no terminó: {0}. Su trabajo está a salvo en esta computadora.</translation>
    </message>
    <message>
        <source>Type the hub&apos;s address.</source>
        <translation>Escriba la dirección del servidor central.</translation>
    </message>
    <message>
        <source>Type the enrolment code.</source>
        <translation>Escriba el código de inscripción.</translation>
    </message>
    <message>
        <source>Connecting… This can take up to half a minute.</source>
        <translation>Conectando… Esto puede tardar hasta medio minuto.</translation>
    </message>
    <message>
        <source>✓ Connected to the hub. The first sync starts now.</source>
        <translation>✓ Conectado al servidor central (hub). La primera sincronización empieza ahora.</translation>
    </message>
    <message>
        <source>A sync is running already; what it did shows here when it ends.</source>
        <translation>Ya hay una sincronización en curso; lo que hizo se mostrará aquí cuando termine.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Syncing with the hub. You can keep working, or close this window.</source>
        <translation>Sincronizando con el servidor central (hub). Puede seguir trabajando o cerrar esta ventana.</translation>
    </message>
    <message>
        <source>✓ Synced {0}: {1} sent to the hub, {2} received from other PCs.</source>
        <translation>✓ Sincronizado {0}: {1} enviados al servidor central (hub), {2} recibidos de otras computadoras.</translation>
    </message>
    <message>
        <source>⚠ Two PCs changed the same details at the same time ({0}): choose the right version below.</source>
        <translation>⚠ Dos computadoras cambiaron los mismos datos al mismo tiempo ({0}): elija abajo la versión correcta.</translation>
    </message>
</context>
<context>
    <name>TwoVersionsBanner</name>
    <message>
        <source>Two versions of this record</source>
        <translation>Dos versiones de este registro</translation>
    </message>
    <message>
        <source>Two versions of this record: ask the patient which is right</source>
        <translation>Dos versiones de este registro: pregunte al paciente cuál es la correcta</translation>
    </message>
    <message>
        <source>Type the right one…</source>
        <translation>Escribir el dato correcto…</translation>
    </message>
    <message>
        <source>Type the right {0}</source>
        <translation>Escriba el dato correcto ({0})</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Enter the recovery key</source>
        <translation>Escriba la clave de recuperación</translation>
    </message>
    <message>
        <source>The clinic&apos;s records are locked with a key that is not on this PC. This happens after moving to a new PC, or when the PC&apos;s key store was reset.

Type the recovery key: the groups of letters and digits printed when the clinic was set up. Or choose the key file, if the clinic keeps one. (If the file was damaged, no key will open it: then restore the latest backup.)

Records file: {0}</source>
        <translation>Los registros de la clínica están bloqueados con una clave que no está en esta computadora. Esto pasa después de cambiar a una computadora nueva, o cuando se reinició el almacén de claves de la computadora.

Escriba la clave de recuperación: los grupos de letras y números que se imprimieron cuando se configuró la clínica. O elija el archivo de clave, si la clínica tiene uno. (Si el archivo se dañó, ninguna clave lo abrirá: entonces restaure la copia de seguridad más reciente.)

Archivo de registros: {0}</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Use a &amp;key file…</source>
        <translation>Usar un archivo de &amp;clave…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation>Clave de &amp;recuperación</translation>
    </message>
    <message>
        <source>Type the recovery key first.</source>
        <translation>Primero escriba la clave de recuperación.</translation>
    </message>
    <message>
        <source>Choose the key file</source>
        <translation>Elija el archivo de clave</translation>
    </message>
    <message>
        <source>That key does not open these records. Check each group of four characters against the printed sheet, or try the other sheet or key file.</source>
        <translation>Esa clave no abre estos registros. Compare cada grupo de cuatro caracteres con la hoja impresa, o pruebe con la otra hoja o con el archivo de clave.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Staff accounts</source>
        <translation>Cuentas del personal</translation>
    </message>
    <message>
        <source>Everyone who uses this PC has their own account. A person who leaves is switched off (their name stays in the audit trail).</source>
        <translation>Cada persona que usa esta computadora tiene su propia cuenta. Cuando alguien se va, su cuenta se desactiva (su nombre queda en el registro de auditoría).</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Agregar cuenta…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Restablecer contraseña…</translation>
    </message>
    <message>
        <source>Change r&amp;ole…</source>
        <translation>Cambiar r&amp;ol…</translation>
    </message>
    <message>
        <source>S&amp;witch off</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>S&amp;witch on {0}</source>
        <translation>Ac&amp;tivar a {0}</translation>
    </message>
    <message>
        <source>S&amp;witch off {0}</source>
        <translation>&amp;Desactivar a {0}</translation>
    </message>
    <message>
        <source>{0} can log in again.</source>
        <translation>{0} puede volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>{0} is switched off and can no longer log in.</source>
        <translation>{0} está desactivado y ya no puede iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>VisitsDialog</name>
    <message>
        <source>Visits and appointments — {0}</source>
        <translation>Visitas y citas — {0}</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Seen by</source>
        <translation>Atendido por</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Medicines changed</source>
        <translation>Medicamentos cambiados</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Llamada de control</translation>
    </message>
    <message>
        <source>Medicines started or changed (a check call in a week)</source>
        <translation>Se empezaron o cambiaron medicamentos (una llamada de control en una semana)</translation>
    </message>
    <message>
        <source>Check in with this patient after</source>
        <translation>Llamar a este paciente para control después de</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Record the visit</source>
        <translation>Registrar la visita</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>e.g. 2026-12-01 09:30</source>
        <translation>p. ej., 2026-12-01 09:30</translation>
    </message>
    <message>
        <source>Appointment date and time</source>
        <translation>Fecha y hora de la cita</translation>
    </message>
    <message>
        <source>with whom, e.g. Dr. Okafor</source>
        <translation>con quién, p. ej., Dr. Okafor</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Con quién</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Programar</translation>
    </message>
    <message>
        <source>New:</source>
        <translation>Nueva:</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Asistió</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>No se presentó</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Undo status</source>
        <translation>Deshacer estado</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>after {0} days</source>
        <translation>después de {0} días</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>programada</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>asistió</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>no se presentó</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>Choose an appointment in the list first.</source>
        <translation>Primero elija una cita en la lista.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>The clinic&apos;s records are not encrypted. Anyone who copies the file {0} can read every patient&apos;s details.

Encrypt them now? It takes a moment; a copy is checked before the original is replaced. You will be shown a recovery key to print.</source>
        <translation>Los registros de la clínica no están cifrados. Cualquiera que copie el archivo {0} puede leer los datos de todos los pacientes.

¿Cifrarlos ahora? Tarda un momento; se revisa una copia antes de reemplazar el original. Se le mostrará una clave de recuperación para imprimir.</translation>
    </message>
    <message>
        <source>Encrypt now</source>
        <translation>Cifrar ahora</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Reached</source>
        <translation>Contestó</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>No contestó</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation>Se dejó un mensaje</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Número equivocado</translation>
    </message>
    <message>
        <source>Call back later</source>
        <translation>Llamar más tarde</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>No aceptó</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Se mudó</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>Falleció</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier hora</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Tarde</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Noche</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Why we call</source>
        <translation>Por qué llamamos</translation>
    </message>
    <message>
        <source>When due</source>
        <translation>Cuándo toca</translation>
    </message>
    <message>
        <source>Best time</source>
        <translation>Mejor hora</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Intento</translation>
    </message>
    <message>
        <source>Last time</source>
        <translation>Última vez</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>Suajili</translation>
    </message>
    <message>
        <source>Hausa</source>
        <translation>Hausa</translation>
    </message>
    <message>
        <source>female</source>
        <translation>femenino</translation>
    </message>
    <message>
        <source>male</source>
        <translation>masculino</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>check-in after a visit</source>
        <translation>control después de una visita</translation>
    </message>
    <message>
        <source>medicine check</source>
        <translation>revisión de medicamentos</translation>
    </message>
    <message>
        <source>missed appointment</source>
        <translation>cita perdida</translation>
    </message>
    <message>
        <source>results</source>
        <translation>resultados</translation>
    </message>
    <message>
        <source>gentle re-approach</source>
        <translation>nuevo acercamiento amable</translation>
    </message>
    <message>
        <source>update contact details</source>
        <translation>actualizar datos de contacto</translation>
    </message>
    <message>
        <source>clinician to call back</source>
        <translation>llamada del personal clínico</translation>
    </message>
    <message>
        <source>Medicines were started or changed: ask how it is going.</source>
        <translation>Se empezaron o cambiaron medicamentos: pregunte cómo le va.</translation>
    </message>
    <message>
        <source>Check in after the visit.</source>
        <translation>Control después de la visita.</translation>
    </message>
    <message>
        <source>Missed the appointment of {0}: offer a new one.</source>
        <translation>Faltó a la cita del {0}: ofrézcale una nueva.</translation>
    </message>
    <message>
        <source>The patient asked for a clinician to call.</source>
        <translation>El paciente pidió que lo llame alguien del personal clínico.</translation>
    </message>
    <message>
        <source>No answer {0} times: find a working number or another way to reach them.</source>
        <translation>No contestó {0} veces: busque un número que funcione u otra forma de contactarlo.</translation>
    </message>
    <message>
        <source>Wrong number: find the right one.</source>
        <translation>Número equivocado: busque el correcto.</translation>
    </message>
    <message>
        <source>Wrong number: find the right one. Then: {0}</source>
        <translation>Número equivocado: busque el correcto. Después: {0}</translation>
    </message>
    <message>
        <source>Declined before: ask gently how they are, no pressure.</source>
        <translation>Antes no aceptó: pregúntele con amabilidad cómo está, sin presionar.</translation>
    </message>
    <message>
        <source>Missed an appointment: offer a new one.</source>
        <translation>Faltó a una cita: ofrézcale una nueva.</translation>
    </message>
    <message>
        <source>No answer 3 times: find a working number or another way to reach them.</source>
        <translation>No contestó 3 veces: busque un número que funcione u otra forma de contactarlo.</translation>
    </message>
    <message>
        <source>front desk</source>
        <translation>recepción</translation>
    </message>
    <message>
        <source>clinician</source>
        <translation>clínico</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>Follow-up calls</source>
        <translation>Llamadas de seguimiento</translation>
    </message>
    <message>
        <source>Reaching patients</source>
        <translation>Contacto con los pacientes</translation>
    </message>
    <message>
        <source>What reached patients said</source>
        <translation>Lo que dijeron los pacientes contactados</translation>
    </message>
    <message>
        <source>Patients who said no</source>
        <translation>Pacientes que dijeron que no</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Datos de contacto</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Clinician call-backs</source>
        <translation>Llamadas del personal clínico</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>costo</translation>
    </message>
    <message>
        <source>side effects</source>
        <translation>efectos secundarios</translation>
    </message>
    <message>
        <source>forgot</source>
        <translation>se le olvidó</translation>
    </message>
    <message>
        <source>unclear how to take them</source>
        <translation>no entiende cómo tomarlos</translation>
    </message>
    <message>
        <source>transport</source>
        <translation>transporte</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Seguimientos previstos</translation>
    </message>
    <message>
        <source>Done on time (within 2 days)</source>
        <translation>Hechos a tiempo (en 2 días)</translation>
    </message>
    <message>
        <source>Done on time, share of due</source>
        <translation>Hechos a tiempo, porcentaje de los previstos</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>Hechos con retraso</translation>
    </message>
    <message>
        <source>Closed without reaching the patient</source>
        <translation>Cerrados sin hablar con el paciente</translation>
    </message>
    <message>
        <source>Overdue (still open)</source>
        <translation>Atrasados (aún abiertos)</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Todavía no toca</translation>
    </message>
    <message>
        <source>Patients called</source>
        <translation>Pacientes llamados</translation>
    </message>
    <message>
        <source>Patients reached</source>
        <translation>Pacientes contactados</translation>
    </message>
    <message>
        <source>Reach rate</source>
        <translation>Tasa de contacto</translation>
    </message>
    <message>
        <source>Follow-ups called</source>
        <translation>Seguimientos llamados</translation>
    </message>
    <message>
        <source>Reached on the first call</source>
        <translation>Contactados en la primera llamada</translation>
    </message>
    <message>
        <source>Conversations (patient reached)</source>
        <translation>Conversaciones (se habló con el paciente)</translation>
    </message>
    <message>
        <source>Asked about medicines</source>
        <translation>Se preguntó por los medicamentos</translation>
    </message>
    <message>
        <source>Taking medicines as agreed: yes</source>
        <translation>Toma los medicamentos como se acordó: sí</translation>
    </message>
    <message>
        <source>Taking medicines as agreed: some</source>
        <translation>Toma los medicamentos como se acordó: algunos</translation>
    </message>
    <message>
        <source>Taking medicines as agreed: no</source>
        <translation>Toma los medicamentos como se acordó: no</translation>
    </message>
    <message>
        <source>Asked how they feel</source>
        <translation>Se preguntó cómo se siente</translation>
    </message>
    <message>
        <source>Feeling better</source>
        <translation>Se siente mejor</translation>
    </message>
    <message>
        <source>Feeling the same</source>
        <translation>Se siente igual</translation>
    </message>
    <message>
        <source>Feeling worse</source>
        <translation>Se siente peor</translation>
    </message>
    <message>
        <source>Barrier: cost</source>
        <translation>Obstáculo: costo</translation>
    </message>
    <message>
        <source>Barrier: side effects</source>
        <translation>Obstáculo: efectos secundarios</translation>
    </message>
    <message>
        <source>Barrier: forgot</source>
        <translation>Obstáculo: se le olvidó</translation>
    </message>
    <message>
        <source>Barrier: unclear how to take them</source>
        <translation>Obstáculo: no entiende cómo tomarlos</translation>
    </message>
    <message>
        <source>Barrier: transport</source>
        <translation>Obstáculo: transporte</translation>
    </message>
    <message>
        <source>Barrier: other</source>
        <translation>Obstáculo: otro</translation>
    </message>
    <message>
        <source>New decliners</source>
        <translation>Nuevas personas que dijeron que no</translation>
    </message>
    <message>
        <source>Decliners re-approached</source>
        <translation>Nuevos acercamientos a quienes dijeron que no</translation>
    </message>
    <message>
        <source>Decliners re-engaged</source>
        <translation>Quienes dijeron que no y retomaron el contacto</translation>
    </message>
    <message>
        <source>Reason for no: not interested</source>
        <translation>Motivo del no: no le interesa</translation>
    </message>
    <message>
        <source>Reason for no: feels fine</source>
        <translation>Motivo del no: se siente bien</translation>
    </message>
    <message>
        <source>Reason for no: cost</source>
        <translation>Motivo del no: costo</translation>
    </message>
    <message>
        <source>Reason for no: side effects</source>
        <translation>Motivo del no: efectos secundarios</translation>
    </message>
    <message>
        <source>Reason for no: distrust</source>
        <translation>Motivo del no: desconfianza</translation>
    </message>
    <message>
        <source>Reason for no: no time</source>
        <translation>Motivo del no: no tiene tiempo</translation>
    </message>
    <message>
        <source>Reason for no: other reason</source>
        <translation>Motivo del no: otro motivo</translation>
    </message>
    <message>
        <source>Newly unreachable</source>
        <translation>Nuevos pacientes inalcanzables</translation>
    </message>
    <message>
        <source>Wrong numbers found</source>
        <translation>Números equivocados encontrados</translation>
    </message>
    <message>
        <source>Phones confirmed in the period</source>
        <translation>Teléfonos confirmados en el período</translation>
    </message>
    <message>
        <source>Contact details current</source>
        <translation>Datos de contacto al día</translation>
    </message>
    <message>
        <source>Contact details to confirm</source>
        <translation>Datos de contacto por confirmar</translation>
    </message>
    <message>
        <source>Appointments attended</source>
        <translation>Citas a las que asistió</translation>
    </message>
    <message>
        <source>Appointments missed</source>
        <translation>Citas perdidas</translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation>Tasa de inasistencia (no se presentó)</translation>
    </message>
    <message>
        <source>Recalled after a miss</source>
        <translation>Llamados tras faltar a una cita</translation>
    </message>
    <message>
        <source>Recalled, then attended</source>
        <translation>Llamados y luego asistieron</translation>
    </message>
    <message>
        <source>Call-backs asked for</source>
        <translation>Pidieron que les volvieran a llamar</translation>
    </message>
    <message>
        <source>Call-backs done</source>
        <translation>Llamadas de vuelta hechas</translation>
    </message>
    <message>
        <source>Follow-ups whose due date is in the period, whatever became of them. A retry after no answer moves the due date, so a follow-up counts in the period of its latest due date.</source>
        <translation>Seguimientos cuya fecha prevista cae en el período, pase lo que pase con ellos. Volver a intentar tras no contestar cambia la fecha prevista, así que un seguimiento cuenta en el período de su última fecha prevista.</translation>
    </message>
    <message>
        <source>Of the follow-ups due, those closed as done (the patient was reached) no later than 2 days after the due date.</source>
        <translation>De los seguimientos previstos, los cerrados como hechos (se habló con el paciente) a más tardar 2 días después de la fecha prevista.</translation>
    </message>
    <message>
        <source>Done on time as a share of the follow-ups due.</source>
        <translation>Hechos a tiempo, como porcentaje de los seguimientos previstos.</translation>
    </message>
    <message>
        <source>Of the follow-ups due, those closed as done more than 2 days after the due date.</source>
        <translation>De los seguimientos previstos, los cerrados como hechos más de 2 días después de la fecha prevista.</translation>
    </message>
    <message>
        <source>Of the follow-ups due, those closed without a conversation: the patient declined, could not be reached, the number was wrong, they moved or died, or asked not to be contacted.</source>
        <translation>De los seguimientos previstos, los cerrados sin una conversación: el paciente no aceptó, no se le pudo contactar, el número estaba equivocado, se mudó o falleció, o pidió que no lo contactaran.</translation>
    </message>
    <message>
        <source>Of the follow-ups due, those still open today although their due date has passed.</source>
        <translation>De los seguimientos previstos, los que siguen abiertos hoy aunque su fecha prevista ya pasó.</translation>
    </message>
    <message>
        <source>Of the follow-ups due, those still open whose due date is today or later (a period that has not ended). Due = done on time + done late + closed without reaching + overdue + not yet due.</source>
        <translation>De los seguimientos previstos, los que siguen abiertos y cuya fecha prevista es hoy o después (un período que no ha terminado). Previstos = hechos a tiempo + hechos con retraso + cerrados sin hablar con el paciente + atrasados + todavía no toca.</translation>
    </message>
    <message>
        <source>Different patients with at least one call logged in the period (any outcome).</source>
        <translation>Pacientes distintos con al menos una llamada registrada en el período (cualquier resultado).</translation>
    </message>
    <message>
        <source>Different patients with at least one call in the period whose outcome was &apos;reached&apos; (a conversation).</source>
        <translation>Pacientes distintos con al menos una llamada en el período cuyo resultado fue &apos;contestó&apos; (una conversación).</translation>
    </message>
    <message>
        <source>Patients reached as a share of patients called.</source>
        <translation>Pacientes contactados como porcentaje de los pacientes llamados.</translation>
    </message>
    <message>
        <source>Of the follow-ups due, those with at least one call logged (their count of attempts is above zero).</source>
        <translation>De los seguimientos previstos, los que tienen al menos una llamada registrada (su número de intentos es mayor que cero).</translation>
    </message>
    <message>
        <source>Of the follow-ups due that were called, the share closed as done after one attempt: the first call reached the patient.</source>
        <translation>De los seguimientos previstos que se llamaron, el porcentaje cerrado como hecho tras un intento: la primera llamada contactó al paciente.</translation>
    </message>
    <message>
        <source>Calls in the period with the outcome &apos;reached&apos;. The shares below are of these conversations, each counted once, so a patient reached twice counts twice.</source>
        <translation>Llamadas en el período con el resultado &apos;contestó&apos;. Los porcentajes de abajo son de estas conversaciones, cada una contada una vez, así que un paciente contactado dos veces cuenta dos veces.</translation>
    </message>
    <message>
        <source>Conversations in which the answer to &apos;taking the medicines as agreed?&apos; was recorded.</source>
        <translation>Conversaciones en las que se registró la respuesta a &apos;¿toma los medicamentos como se acordó?&apos;.</translation>
    </message>
    <message>
        <source>Share of the conversations with a medicines answer where the answer was &apos;yes&apos;.</source>
        <translation>Porcentaje de las conversaciones con respuesta sobre los medicamentos en que la respuesta fue &apos;sí&apos;.</translation>
    </message>
    <message>
        <source>Share of the conversations with a medicines answer where the answer was &apos;some of them&apos;.</source>
        <translation>Porcentaje de las conversaciones con respuesta sobre los medicamentos en que la respuesta fue &apos;algunos&apos;.</translation>
    </message>
    <message>
        <source>Share of the conversations with a medicines answer where the answer was &apos;no&apos;.</source>
        <translation>Porcentaje de las conversaciones con respuesta sobre los medicamentos en que la respuesta fue &apos;no&apos;.</translation>
    </message>
    <message>
        <source>Conversations in which &apos;feeling better, the same or worse?&apos; was recorded.</source>
        <translation>Conversaciones en las que se registró &apos;¿se siente mejor, igual o peor?&apos;.</translation>
    </message>
    <message>
        <source>Share of the conversations with a feeling answer where the patient felt better.</source>
        <translation>Porcentaje de las conversaciones con respuesta sobre cómo se siente en que el paciente se sentía mejor.</translation>
    </message>
    <message>
        <source>Share of the conversations with a feeling answer where the patient felt the same.</source>
        <translation>Porcentaje de las conversaciones con respuesta sobre cómo se siente en que el paciente se sentía igual.</translation>
    </message>
    <message>
        <source>Share of the conversations with a feeling answer where the patient felt worse.</source>
        <translation>Porcentaje de las conversaciones con respuesta sobre cómo se siente en que el paciente se sentía peor.</translation>
    </message>
    <message>
        <source>Conversations in which the patient named &apos;cost&apos; as a reason for not taking medicines as agreed. Listed by how often they were named.</source>
        <translation>Conversaciones en las que el paciente mencionó &apos;costo&apos; como motivo para no tomar los medicamentos como se acordó. Ordenados según cuántas veces se mencionaron.</translation>
    </message>
    <message>
        <source>Conversations in which the patient named &apos;side effects&apos; as a reason for not taking medicines as agreed. Listed by how often they were named.</source>
        <translation>Conversaciones en las que el paciente mencionó &apos;efectos secundarios&apos; como motivo para no tomar los medicamentos como se acordó. Ordenados según cuántas veces se mencionaron.</translation>
    </message>
    <message>
        <source>Conversations in which the patient named &apos;forgot&apos; as a reason for not taking medicines as agreed. Listed by how often they were named.</source>
        <translation>Conversaciones en las que el paciente mencionó &apos;se le olvidó&apos; como motivo para no tomar los medicamentos como se acordó. Ordenados según cuántas veces se mencionaron.</translation>
    </message>
    <message>
        <source>Conversations in which the patient named &apos;unclear how to take them&apos; as a reason for not taking medicines as agreed. Listed by how often they were named.</source>
        <translation>Conversaciones en las que el paciente mencionó &apos;no entiende cómo tomarlos&apos; como motivo para no tomar los medicamentos como se acordó. Ordenados según cuántas veces se mencionaron.</translation>
    </message>
    <message>
        <source>Conversations in which the patient named &apos;transport&apos; as a reason for not taking medicines as agreed. Listed by how often they were named.</source>
        <translation>Conversaciones en las que el paciente mencionó &apos;transporte&apos; como motivo para no tomar los medicamentos como se acordó. Ordenados según cuántas veces se mencionaron.</translation>
    </message>
    <message>
        <source>Conversations in which the patient named &apos;other&apos; as a reason for not taking medicines as agreed. Listed by how often they were named.</source>
        <translation>Conversaciones en las que el paciente mencionó &apos;otro&apos; como motivo para no tomar los medicamentos como se acordó. Ordenados según cuántas veces se mencionaron.</translation>
    </message>
    <message>
        <source>Patients who said no (outcome &apos;declined&apos;) in the period for the first time ever.</source>
        <translation>Pacientes que dijeron que no (resultado &apos;no aceptó&apos;) en el período por primera vez.</translation>
    </message>
    <message>
        <source>Different patients called in the period (any outcome) after an earlier &apos;no&apos; of theirs.</source>
        <translation>Pacientes distintos llamados en el período (cualquier resultado) después de haber dicho que no antes.</translation>
    </message>
    <message>
        <source>Different patients reached in the period (a conversation) on a call made after an earlier &apos;no&apos; of theirs: the measure of success with decliners.</source>
        <translation>Pacientes distintos contactados en el período (una conversación) en una llamada hecha después de haber dicho que no antes: la medida del éxito con quienes dijeron que no.</translation>
    </message>
    <message>
        <source>Calls in the period where the patient declined and the reason recorded was &apos;not interested&apos;. Listed by how often they were given.</source>
        <translation>Llamadas en el período en que el paciente no aceptó y el motivo registrado fue &apos;no le interesa&apos;. Ordenados según cuántas veces se dieron.</translation>
    </message>
    <message>
        <source>Calls in the period where the patient declined and the reason recorded was &apos;feels fine&apos;. Listed by how often they were given.</source>
        <translation>Llamadas en el período en que el paciente no aceptó y el motivo registrado fue &apos;se siente bien&apos;. Ordenados según cuántas veces se dieron.</translation>
    </message>
    <message>
        <source>Calls in the period where the patient declined and the reason recorded was &apos;cost&apos;. Listed by how often they were given.</source>
        <translation>Llamadas en el período en que el paciente no aceptó y el motivo registrado fue &apos;costo&apos;. Ordenados según cuántas veces se dieron.</translation>
    </message>
    <message>
        <source>Calls in the period where the patient declined and the reason recorded was &apos;side effects&apos;. Listed by how often they were given.</source>
        <translation>Llamadas en el período en que el paciente no aceptó y el motivo registrado fue &apos;efectos secundarios&apos;. Ordenados según cuántas veces se dieron.</translation>
    </message>
    <message>
        <source>Calls in the period where the patient declined and the reason recorded was &apos;distrust&apos;. Listed by how often they were given.</source>
        <translation>Llamadas en el período en que el paciente no aceptó y el motivo registrado fue &apos;desconfianza&apos;. Ordenados según cuántas veces se dieron.</translation>
    </message>
    <message>
        <source>Calls in the period where the patient declined and the reason recorded was &apos;no time&apos;. Listed by how often they were given.</source>
        <translation>Llamadas en el período en que el paciente no aceptó y el motivo registrado fue &apos;no tiene tiempo&apos;. Ordenados según cuántas veces se dieron.</translation>
    </message>
    <message>
        <source>Calls in the period where the patient declined and the reason recorded was &apos;other reason&apos;. Listed by how often they were given.</source>
        <translation>Llamadas en el período en que el paciente no aceptó y el motivo registrado fue &apos;otro motivo&apos;. Ordenados según cuántas veces se dieron.</translation>
    </message>
    <message>
        <source>Different patients marked unreachable in the period (no answer three times in a row), counted by the &apos;find a working number&apos; task it made.</source>
        <translation>Pacientes distintos marcados como inalcanzables en el período (no contestaron tres veces seguidas), contados por la tarea &apos;buscar un número que funcione&apos; que se creó.</translation>
    </message>
    <message>
        <source>Different patients with a call in the period whose outcome was &apos;wrong number&apos;.</source>
        <translation>Pacientes distintos con una llamada en el período cuyo resultado fue &apos;número equivocado&apos;.</translation>
    </message>
    <message>
        <source>Active patients whose phone number was last confirmed on a day in the period.</source>
        <translation>Pacientes activos cuyo número de teléfono se confirmó por última vez en un día del período.</translation>
    </message>
    <message>
        <source>At the end of the period: the share of active patients registered by then whose phone was confirmed within the clinic&apos;s setting (&apos;confirm contact details after N days&apos;). Read from each patient&apos;s latest confirmation date, so for an earlier period it can only understate.</source>
        <translation>Al final del período: el porcentaje de pacientes activos registrados hasta entonces cuyo teléfono se confirmó dentro del plazo de la configuración de la clínica (&apos;pedir confirmar los datos de contacto después de N días&apos;). Se calcula con la fecha de confirmación más reciente de cada paciente, así que para un período anterior solo puede quedarse corto.</translation>
    </message>
    <message>
        <source>At the end of the period: active patients registered by then whose phone was not confirmed within the setting (or never).</source>
        <translation>Al final del período: pacientes activos registrados hasta entonces cuyo teléfono no se confirmó dentro del plazo de la configuración (o nunca).</translation>
    </message>
    <message>
        <source>Appointments on a day in the period marked attended.</source>
        <translation>Citas en un día del período marcadas como &apos;asistió&apos;.</translation>
    </message>
    <message>
        <source>Appointments on a day in the period marked missed.</source>
        <translation>Citas en un día del período marcadas como &apos;no se presentó&apos;.</translation>
    </message>
    <message>
        <source>Missed as a share of the appointments attended or missed (cancelled and still scheduled ones are left out).</source>
        <translation>Citas en que no se presentó, como porcentaje de las citas con asistencia o sin ella (se dejan fuera las canceladas y las que siguen programadas).</translation>
    </message>
    <message>
        <source>Appointments missed in the period whose recall call reached the patient (the &apos;missed appointment&apos; follow-up was done).</source>
        <translation>Citas perdidas en el período cuya llamada para reprogramar contactó al paciente (se hizo el seguimiento de &apos;cita perdida&apos;).</translation>
    </message>
    <message>
        <source>Of the missed appointments recalled, those whose patient attended a later appointment.</source>
        <translation>De las citas perdidas con llamada, aquellas cuyo paciente asistió a una cita posterior.</translation>
    </message>
    <message>
        <source>Patients who asked, on a call in the period, for a clinician to call them back (the call-back task made).</source>
        <translation>Pacientes que, en una llamada del período, pidieron que alguien del personal clínico les devolviera la llamada (se creó la tarea de devolver la llamada).</translation>
    </message>
    <message>
        <source>Of the call-backs asked for in the period, those closed as done so far.</source>
        <translation>De las llamadas de vuelta pedidas en el período, las cerradas como hechas hasta ahora.</translation>
    </message>
    <message>
        <source>better</source>
        <translation>mejor</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>peor</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sin cambio</translation>
    </message>
    <message>
        <source>points</source>
        <translation>puntos</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>El mes pasado</translation>
    </message>
    <message>
        <source>Barrier: …</source>
        <translation>Obstáculo: …</translation>
    </message>
    <message>
        <source>Conversations in which the patient named that barrier (cost, side effects, forgot, unclear how to take them, transport, other) as a reason for not taking medicines as agreed; one conversation may name several. Listed by how often they were named.</source>
        <translation>Conversaciones en las que el paciente nombró ese obstáculo (costo, efectos secundarios, olvido, no sabe bien cómo tomarlos, transporte, otro) como razón para no tomar los medicamentos como se acordó; una conversación puede nombrar varios. Ordenados de más a menos nombrados.</translation>
    </message>
    <message>
        <source>Reason for no: …</source>
        <translation>Motivo del no: …</translation>
    </message>
    <message>
        <source>Calls in the period where the patient declined, by the reason recorded. Listed by how often they were given.</source>
        <translation>Llamadas del período en las que el paciente dijo que no, según el motivo anotado. Ordenados de más a menos dados.</translation>
    </message>
    <message>
        <source>This week (Monday to today)</source>
        <translation>Esta semana (de lunes a hoy)</translation>
    </message>
    <message>
        <source>Choose the dates</source>
        <translation>Elegir las fechas</translation>
    </message>
    <message>
        <source>logged in</source>
        <translation>inició sesión</translation>
    </message>
    <message>
        <source>logged out</source>
        <translation>cerró sesión</translation>
    </message>
    <message>
        <source>log-in failed</source>
        <translation>inicio de sesión fallido</translation>
    </message>
    <message>
        <source>log-in refused (waiting)</source>
        <translation>inicio de sesión rechazado (en espera)</translation>
    </message>
    <message>
        <source>opened a patient record</source>
        <translation>abrió el registro de un paciente</translation>
    </message>
    <message>
        <source>registered a patient</source>
        <translation>registró a un paciente</translation>
    </message>
    <message>
        <source>edited a patient record</source>
        <translation>editó el registro de un paciente</translation>
    </message>
    <message>
        <source>merged two records</source>
        <translation>combinó dos registros</translation>
    </message>
    <message>
        <source>added a staff account</source>
        <translation>agregó una cuenta del personal</translation>
    </message>
    <message>
        <source>reset a password</source>
        <translation>restableció una contraseña</translation>
    </message>
    <message>
        <source>changed own password</source>
        <translation>cambió su propia contraseña</translation>
    </message>
    <message>
        <source>changed a role</source>
        <translation>cambió un rol</translation>
    </message>
    <message>
        <source>switched an account on</source>
        <translation>activó una cuenta</translation>
    </message>
    <message>
        <source>switched an account off</source>
        <translation>desactivó una cuenta</translation>
    </message>
    <message>
        <source>changed settings</source>
        <translation>cambió la configuración</translation>
    </message>
    <message>
        <source>looked at the audit trail</source>
        <translation>consultó el registro de auditoría</translation>
    </message>
    <message>
        <source>exported the audit trail</source>
        <translation>exportó el registro de auditoría</translation>
    </message>
    <message>
        <source>booked an appointment</source>
        <translation>programó una cita</translation>
    </message>
    <message>
        <source>marked an appointment</source>
        <translation>marcó una cita</translation>
    </message>
    <message>
        <source>undid an appointment mark</source>
        <translation>deshizo la marca de una cita</translation>
    </message>
    <message>
        <source>a backup failed</source>
        <translation>falló una copia de seguridad</translation>
    </message>
    <message>
        <source>made a backup</source>
        <translation>hizo una copia de seguridad</translation>
    </message>
    <message>
        <source>restored a backup</source>
        <translation>restauró una copia de seguridad</translation>
    </message>
    <message>
        <source>logged a call</source>
        <translation>registró una llamada</translation>
    </message>
    <message>
        <source>undid a call</source>
        <translation>deshizo una llamada</translation>
    </message>
    <message>
        <source>saved a care plan</source>
        <translation>guardó un plan de cuidados</translation>
    </message>
    <message>
        <source>encrypted the database</source>
        <translation>cifró la base de datos</translation>
    </message>
    <message>
        <source>exported a CSV file</source>
        <translation>exportó un archivo CSV</translation>
    </message>
    <message>
        <source>exported a FHIR file</source>
        <translation>exportó un archivo FHIR</translation>
    </message>
    <message>
        <source>moved a follow-up</source>
        <translation>movió un seguimiento</translation>
    </message>
    <message>
        <source>printed a handout</source>
        <translation>imprimió una hoja para el paciente</translation>
    </message>
    <message>
        <source>imported a patient list</source>
        <translation>importó una lista de pacientes</translation>
    </message>
    <message>
        <source>added demo patients</source>
        <translation>añadió pacientes de demostración</translation>
    </message>
    <message>
        <source>searched patients</source>
        <translation>buscó pacientes</translation>
    </message>
    <message>
        <source>exported a report</source>
        <translation>exportó un informe</translation>
    </message>
    <message>
        <source>looked at a report</source>
        <translation>consultó un informe</translation>
    </message>
    <message>
        <source>ran the follow-up rules</source>
        <translation>aplicó las reglas de seguimiento</translation>
    </message>
    <message>
        <source>connected to the hub</source>
        <translation>se conectó al servidor central (hub)</translation>
    </message>
    <message>
        <source>exported a sync bundle</source>
        <translation>exportó un paquete de sincronización</translation>
    </message>
    <message>
        <source>imported a sync bundle</source>
        <translation>importó un paquete de sincronización</translation>
    </message>
    <message>
        <source>settled a record with two versions</source>
        <translation>resolvió un registro con dos versiones</translation>
    </message>
    <message>
        <source>recorded a visit</source>
        <translation>registró una visita</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Patient records opened</source>
        <translation>Registros de pacientes abiertos</translation>
    </message>
    <message>
        <source>Patient records: all changes</source>
        <translation>Registros de pacientes: todos los cambios</translation>
    </message>
    <message>
        <source>Log-ins and log-outs</source>
        <translation>Inicios y cierres de sesión</translation>
    </message>
    <message>
        <source>Failed log-ins</source>
        <translation>Inicios de sesión fallidos</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Cuentas del personal</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Audit trail use</source>
        <translation>Uso del registro de auditoría</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Nombre de la clínica</translation>
    </message>
    <message>
        <source>Clinic phone</source>
        <translation>Teléfono de la clínica</translation>
    </message>
    <message>
        <source>Country for phone numbers (2 letters, e.g. KE)</source>
        <translation>País para los números de teléfono (2 letras, p. ej., KE)</translation>
    </message>
    <message>
        <source>Prefix of clinic numbers (e.g. KIB)</source>
        <translation>Prefijo de los números de clínica (p. ej., KIB)</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Idioma predeterminado</translation>
    </message>
    <message>
        <source>Ask to confirm contact details after (days)</source>
        <translation>Pedir confirmar los datos de contacto después de (días)</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <source>Lock the screen after this many idle minutes</source>
        <translation>Bloquear la pantalla después de estos minutos sin uso</translation>
    </message>
    <message>
        <source>Medicine check call after (days)</source>
        <translation>Llamada de revisión de medicamentos después de (días)</translation>
    </message>
    <message>
        <source>Paper for handouts</source>
        <translation>Papel para las hojas para el paciente</translation>
    </message>
    <message>
        <source>Backups kept on a drive (the newest)</source>
        <translation>Copias de seguridad guardadas en una unidad (las más recientes)</translation>
    </message>
    <message>
        <source>... and one a month for (months)</source>
        <translation>... y una al mes durante (meses)</translation>
    </message>
    <message>
        <source>Remind to back up after (days)</source>
        <translation>Recordar hacer copia de seguridad después de (días)</translation>
    </message>
    <message>
        <source>Daily automatic backup to this folder (empty: off)</source>
        <translation>Copia de seguridad automática diaria en esta carpeta (vacío: desactivada)</translation>
    </message>
    <message>
        <source>After a patient was reached, no other call for (days)</source>
        <translation>Después de contactar a un paciente, ninguna otra llamada durante (días)</translation>
    </message>
    <message>
        <source>Sync with the hub every (minutes; 0: only when asked)</source>
        <translation>Sincronizar con el servidor central (hub) cada (minutos; 0: solo cuando se pida)</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <source>Extra large</source>
        <translation>Muy grande</translation>
    </message>
    <message>
        <source>Usual colours</source>
        <translation>Colores habituales</translation>
    </message>
    <message>
        <source>High contrast (white on black)</source>
        <translation>Alto contraste (blanco sobre negro)</translation>
    </message>
    <message>
        <source>No answer after several tries</source>
        <translation>No contestó después de varios intentos</translation>
    </message>
    <message>
        <source>A number was wrong</source>
        <translation>Un número estaba equivocado</translation>
    </message>
    <message>
        <source>Number not confirmed for a long time</source>
        <translation>Número sin confirmar desde hace mucho</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Efectos secundarios</translation>
    </message>
    <message>
        <source>Forgets</source>
        <translation>Se le olvida</translation>
    </message>
    <message>
        <source>Didn&apos;t understand</source>
        <translation>No entendió</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>No le interesa</translation>
    </message>
    <message>
        <source>Feels fine</source>
        <translation>Se siente bien</translation>
    </message>
    <message>
        <source>Doesn&apos;t trust the treatment</source>
        <translation>No confía en el tratamiento</translation>
    </message>
    <message>
        <source>No time</source>
        <translation>No tiene tiempo</translation>
    </message>
    <message>
        <source>Other reason (write their words)</source>
        <translation>Otro motivo (escriba sus palabras)</translation>
    </message>
    <message>
        <source>support person</source>
        <translation>persona de apoyo</translation>
    </message>
    <message>
        <source>support people</source>
        <translation>personas de apoyo</translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>cita</translation>
    </message>
    <message>
        <source>appointments</source>
        <translation>citas</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>visita</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>visitas</translation>
    </message>
    <message>
        <source>care plan</source>
        <translation>plan de cuidados</translation>
    </message>
    <message>
        <source>care plans</source>
        <translation>planes de cuidados</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>seguimiento</translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation>seguimientos</translation>
    </message>
    <message>
        <source>call</source>
        <translation>llamada</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>llamadas</translation>
    </message>
    <message>
        <source>printed handout</source>
        <translation>hoja impresa para el paciente</translation>
    </message>
    <message>
        <source>printed handouts</source>
        <translation>hojas impresas para el paciente</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Second family name</source>
        <translation>Segundo apellido</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Otros nombres</translation>
    </message>
    <message>
        <source>Full name (first and family)</source>
        <translation>Nombre completo (nombre y apellido)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Age (years)</source>
        <translation>Edad (años)</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Año de nacimiento</translation>
    </message>
    <message>
        <source>Year of birth is an estimate (yes/no)</source>
        <translation>El año de nacimiento es aproximado (sí/no)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Village / town</source>
        <translation>Pueblo / ciudad</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Number in the old system</source>
        <translation>Número en el sistema anterior</translation>
    </message>
    <message>
        <source>Support person</source>
        <translation>Persona de apoyo</translation>
    </message>
    <message>
        <source>Support person&apos;s relationship</source>
        <translation>Parentesco de la persona de apoyo</translation>
    </message>
    <message>
        <source>Support person&apos;s phone</source>
        <translation>Teléfono de la persona de apoyo</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>No contactar</translation>
    </message>
    <message>
        <source>Status (active, moved, deceased)</source>
        <translation>Estado (activo, se mudó, falleció)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Pueblo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Year of birth is an estimate</source>
        <translation>El año de nacimiento es aproximado</translation>
    </message>
    <message>
        <source>A backup needs a passphrase.</source>
        <translation>Una copia de seguridad necesita una frase de contraseña.</translation>
    </message>
    <message>
        <source>backup too large for one file</source>
        <translation>copia de seguridad demasiado grande para un solo archivo</translation>
    </message>
    <message>
        <source>No verified backup of this clinic yet.</source>
        <translation>Todavía no hay ninguna copia de seguridad verificada de esta clínica.</translation>
    </message>
    <message>
        <source>The last verified backup was made {0} days ago.</source>
        <translation>La última copia de seguridad verificada se hizo hace {0} días.</translation>
    </message>
    <message>
        <source>Far too short: use 4 words or more.</source>
        <translation>Demasiado corta: use 4 palabras o más.</translation>
    </message>
    <message>
        <source>Backup verified: {0}, {1}, made in {2}. The folder now holds 1 backup of this clinic.</source>
        <translation>Copia de seguridad verificada: {0}, {1}, hecha en {2}. La carpeta tiene ahora 1 copia de seguridad de esta clínica.</translation>
    </message>
    <message>
        <source>Backup verified: {0}, {1}, made in {2}. The folder now holds {3} backups of this clinic.</source>
        <translation>Copia de seguridad verificada: {0}, {1}, hecha en {2}. La carpeta tiene ahora {3} copias de seguridad de esta clínica.</translation>
    </message>
    <message>
        <source>An empty passphrase cannot be kept.</source>
        <translation>No se puede guardar una frase de contraseña vacía.</translation>
    </message>
    <message>
        <source>Empty: choose 4 or more words, or 12 or more characters.</source>
        <translation>Vacía: elija 4 palabras o más, o 12 caracteres o más.</translation>
    </message>
    <message>
        <source>Too easy to guess: it repeats the same few characters. Choose 4 or more words.</source>
        <translation>Demasiado fácil de adivinar: repite los mismos pocos caracteres. Elija 4 palabras o más.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Segura.</translation>
    </message>
    <message>
        <source>Good. A longer passphrase (5 words or more) is stronger still.</source>
        <translation>Buena. Una frase de contraseña más larga (5 palabras o más) es aún más segura.</translation>
    </message>
    <message>
        <source>Too short: use 12 characters or more, or 4 words or more.</source>
        <translation>Demasiado corta: use 12 caracteres o más, o 4 palabras o más.</translation>
    </message>
    <message>
        <source>Tidying old backups</source>
        <translation>Ordenando las copias de seguridad antiguas</translation>
    </message>
    <message>
        <source>Checking the copy</source>
        <translation>Revisando la copia</translation>
    </message>
    <message>
        <source>The backup was cancelled. Nothing was saved on the stick; the earlier backups are untouched.</source>
        <translation>Se canceló la copia de seguridad. No se guardó nada en la memoria USB; las copias anteriores no se tocaron.</translation>
    </message>
    <message>
        <source>Keeping a copy of the current database</source>
        <translation>Guardando una copia de la base de datos actual</translation>
    </message>
    <message>
        <source>Putting the backup in place</source>
        <translation>Poniendo la copia de seguridad en su lugar</translation>
    </message>
    <message>
        <source>Copying the database</source>
        <translation>Copiando la base de datos</translation>
    </message>
    <message>
        <source>Compressing and encrypting</source>
        <translation>Comprimiendo y cifrando</translation>
    </message>
    <message>
        <source>Verifying the backup on the stick</source>
        <translation>Verificando la copia de seguridad en la memoria USB</translation>
    </message>
    <message>
        <source>Checking the backup</source>
        <translation>Revisando la copia de seguridad</translation>
    </message>
    <message>
        <source>The backup {0} cannot be opened ({1}). Nothing was changed.</source>
        <translation>No se puede abrir la copia de seguridad {0} ({1}). No se cambió nada.</translation>
    </message>
    <message>
        <source>The backup {0} cannot be read ({1}).</source>
        <translation>No se puede leer la copia de seguridad {0} ({1}).</translation>
    </message>
    <message>
        <source>The backup passphrase is too weak: {0} Nothing was saved.</source>
        <translation>La frase de contraseña de la copia es demasiado débil: {0} No se guardó nada.</translation>
    </message>
    <message>
        <source>The backup&apos;s database key is not the one in the key file {0}. Give the path of a new key file (it will be written), or use the key store. Nothing was changed.</source>
        <translation>La clave de la base de datos de la copia no es la del archivo de clave {0}. Indique la ruta de un archivo de clave nuevo (se escribirá), o use el almacén de claves. No se cambió nada.</translation>
    </message>
    <message>
        <source>The backup was put in place, but opening it failed: {0} The database as it was before is kept as {1}.</source>
        <translation>La copia de seguridad se puso en su lugar, pero no se pudo abrir: {0} La base de datos anterior se guarda como {1}.</translation>
    </message>
    <message>
        <source>Restoring failed ({0}). The clinic database is untouched.</source>
        <translation>La restauración falló ({0}). La base de datos de la clínica no se tocó.</translation>
    </message>
    <message>
        <source>A condition needs a name.</source>
        <translation>Un problema de salud necesita un nombre.</translation>
    </message>
    <message>
        <source>A medicine needs a name.</source>
        <translation>Un medicamento necesita un nombre.</translation>
    </message>
    <message>
        <source>“{0}” pills: use whole or half pills, at most {1} at one time.</source>
        <translation>“{0}” pastillas: use pastillas enteras o medias, como máximo {1} a la vez.</translation>
    </message>
    <message>
        <source>Handouts are written in {0}.</source>
        <translation>Las hojas para el paciente están escritas en {0}.</translation>
    </message>
    <message>
        <source>“{0}” is not a number of pills: write 1, 2 or ½.</source>
        <translation>“{0}” no es un número de pastillas: escriba 1, 2 o ½.</translation>
    </message>
    <message>
        <source>“{0}” is not a real date: write it as YYYY-MM-DD (and a time if known).</source>
        <translation>“{0}” no es una fecha real: escríbala como AAAA-MM-DD (y la hora si se sabe).</translation>
    </message>
    <message>
        <source>unknown outcome {0}</source>
        <translation>resultado desconocido {0}</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>nombre parecido</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>mismo teléfono</translation>
    </message>
    <message>
        <source>same village</source>
        <translation>mismo pueblo</translation>
    </message>
    <message>
        <source>same birth date</source>
        <translation>misma fecha de nacimiento</translation>
    </message>
    <message>
        <source>same or near birth year</source>
        <translation>mismo año de nacimiento o cercano</translation>
    </message>
    <message>
        <source>should be text.</source>
        <translation>debe ser texto.</translation>
    </message>
    <message>
        <source>contains characters that are not letters or punctuation; retype it.</source>
        <translation>tiene caracteres que no son letras ni signos de puntuación; escríbalo de nuevo.</translation>
    </message>
    <message>
        <source>is not a patient field.</source>
        <translation>no es un campo del paciente.</translation>
    </message>
    <message>
        <source>should be an object with name, relationship, phone, consent_at.</source>
        <translation>debe ser un objeto con name, relationship, phone, consent_at.</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Fecha de consentimiento</translation>
    </message>
    <message>
        <source>The consent date is in the future.</source>
        <translation>La fecha de consentimiento está en el futuro.</translation>
    </message>
    <message>
        <source>Enter the support person&apos;s name, or clear their details.</source>
        <translation>Escriba el nombre de la persona de apoyo, o borre sus datos.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; should be yes or no (true/false).</source>
        <translation>&apos;{0}&apos; debe ser sí o no (true/false).</translation>
    </message>
    <message>
        <source>Enter the patient&apos;s name (at least one name).</source>
        <translation>Escriba el nombre del paciente (al menos un nombre).</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Phone confirmed</source>
        <translation>Teléfono confirmado</translation>
    </message>
    <message>
        <source>Too long: at most {0} characters.</source>
        <translation>Demasiado largo: como máximo {0} caracteres.</translation>
    </message>
    <message>
        <source>The birth date is in the future. Check the year.</source>
        <translation>La fecha de nacimiento está en el futuro. Revise el año.</translation>
    </message>
    <message>
        <source>should be a list of phone numbers, like [&quot;0712 345 678&quot;].</source>
        <translation>debe ser una lista de números de teléfono, como [&quot;0712 345 678&quot;].</translation>
    </message>
    <message>
        <source>each phone number should be text, like &quot;0712 345 678&quot;.</source>
        <translation>cada número de teléfono debe ser texto, como &quot;0712 345 678&quot;.</translation>
    </message>
    <message>
        <source>{0} &apos;{1}&apos; is not a real date. Use year-month-day, e.g. 1984-03-07.</source>
        <translation>{0}: &apos;{1}&apos; no es una fecha real. Use año-mes-día, p. ej., 1984-03-07.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not one of: {1}.</source>
        <translation>&apos;{0}&apos; no es uno de estos: {1}.</translation>
    </message>
    <message>
        <source>about {0}</source>
        <translation>aprox. {0}</translation>
    </message>
    <message>
        <source>The birth year should be a number like 1975.</source>
        <translation>El año de nacimiento debe ser un número, como 1975.</translation>
    </message>
    <message>
        <source>The birth year is in the future.</source>
        <translation>El año de nacimiento está en el futuro.</translation>
    </message>
    <message>
        <source>{0} date is in the future.</source>
        <translation>{0}: la fecha está en el futuro.</translation>
    </message>
    <message>
        <source>The birth date is more than {0} years ago.</source>
        <translation>La fecha de nacimiento es de hace más de {0} años.</translation>
    </message>
    <message>
        <source>The age should be a whole number of years.</source>
        <translation>La edad debe ser un número entero de años.</translation>
    </message>
    <message>
        <source>The birth year is more than {0} years ago.</source>
        <translation>El año de nacimiento es de hace más de {0} años.</translation>
    </message>
    <message>
        <source>The age should be between 0 and {0}.</source>
        <translation>La edad debe estar entre 0 y {0}.</translation>
    </message>
    <message>
        <source>Enter a phone number, or leave the box empty.</source>
        <translation>Escriba un número de teléfono, o deje la casilla vacía.</translation>
    </message>
    <message>
        <source>Too few digits for a phone number.</source>
        <translation>Faltan dígitos para ser un número de teléfono.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; cannot be a phone number in {1} (or with its country code). Check the digits.</source>
        <translation>&apos;{0}&apos; no puede ser un número de teléfono en {1} (ni con su código de país). Revise los dígitos.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a phone number. Check the digits.</source>
        <translation>&apos;{0}&apos; no es un número de teléfono. Revise los dígitos.</translation>
    </message>
    <message>
        <source>Unknown language {0}: the plain-language check knows {1}.</source>
        <translation>Idioma desconocido {0}: la revisión de lenguaje sencillo conoce {1}.</translation>
    </message>
    <message>
        <source>paper must be one of {0}, not {1}</source>
        <translation>el papel debe ser uno de {0}, no {1}</translation>
    </message>
    <message>
        <source>Give --day-first or --month-first, not both.</source>
        <translation>Indique --day-first o --month-first, no ambos.</translation>
    </message>
    <message>
        <source>FHIR export holds patients, appointments and care plans: leave out --what.</source>
        <translation>La exportación FHIR incluye pacientes, citas y planes de atención: omita --what.</translation>
    </message>
    <message>
        <source>--out {0} is a folder: give a file name, e.g. {1}/patients.{2}.</source>
        <translation>--out {0} es una carpeta: indique un nombre de archivo, p. ej., {1}/patients.{2}.</translation>
    </message>
    <message>
        <source>The rows were not all checked; nothing was imported.</source>
        <translation>No se revisaron todas las filas; no se importó nada.</translation>
    </message>
    <message>
        <source>Some rows were not checked; nothing was imported.</source>
        <translation>Algunas filas no se revisaron; no se importó nada.</translation>
    </message>
    <message>
        <source>The patients were imported, but the rows left out could not be written to {0} ({1}). Run the dry run again to see them.</source>
        <translation>Los pacientes se importaron, pero las filas omitidas no se pudieron escribir en {0} ({1}). Vuelva a hacer la prueba sin importar para verlas.</translation>
    </message>
    <message>
        <source>The export could not be written to {0} ({1}). Check the folder exists, may be written and has space. Nothing was exported.</source>
        <translation>No se pudo escribir la exportación en {0} ({1}). Revise que la carpeta exista, que se pueda escribir en ella y que tenga espacio. No se exportó nada.</translation>
    </message>
    <message>
        <source>Export &apos;{0}&apos;? Choose one of: {1}.</source>
        <translation>¿Exportar &apos;{0}&apos;? Elija uno de estos: {1}.</translation>
    </message>
    <message>
        <source>{0} holds no Patient resources.</source>
        <translation>{0} no contiene recursos Patient.</translation>
    </message>
    <message>
        <source>{0} is too big (at most {1} MB).</source>
        <translation>{0} es demasiado grande (máximo {1} MB).</translation>
    </message>
    <message>
        <source>There is no file {0}. Check the name and folder.</source>
        <translation>No existe el archivo {0}. Revise el nombre y la carpeta.</translation>
    </message>
    <message>
        <source>{0} cannot be read ({1}).</source>
        <translation>No se puede leer {0} ({1}).</translation>
    </message>
    <message>
        <source>{0} is not a FHIR JSON file. Export the patients from the other system as a FHIR Bundle in JSON.</source>
        <translation>{0} no es un archivo FHIR JSON. Exporte los pacientes desde el otro sistema como un Bundle FHIR en JSON.</translation>
    </message>
    <message>
        <source>{0} is JSON but not a FHIR Bundle or Patient. Export the patients from the other system as a FHIR Bundle.</source>
        <translation>{0} es JSON, pero no es un Bundle ni un Patient FHIR. Exporte los pacientes desde el otro sistema como un Bundle FHIR.</translation>
    </message>
    <message>
        <source>{0}: the Bundle&apos;s &apos;entry&apos; is not a list.</source>
        <translation>{0}: el &apos;entry&apos; del Bundle no es una lista.</translation>
    </message>
    <message>
        <source>No column holds the patients&apos; names: choose which column is the first name, family name or full name.</source>
        <translation>Ninguna columna contiene los nombres de los pacientes: elija qué columna es el nombre, el apellido o el nombre completo.</translation>
    </message>
    <message>
        <source>The mapping file should hold an object like {&quot;columns&quot;: {&quot;Nom&quot;: &quot;family_name&quot;}}.</source>
        <translation>El archivo de correspondencias debe contener un objeto como {&quot;columns&quot;: {&quot;Nom&quot;: &quot;family_name&quot;}}.</translation>
    </message>
    <message>
        <source>date_order in the mapping file should be &apos;day-first&apos; or &apos;month-first&apos;.</source>
        <translation>date_order en el archivo de correspondencias debe ser &apos;day-first&apos; o &apos;month-first&apos;.</translation>
    </message>
    <message>
        <source>&quot;columns&quot; in the mapping file should be an object like {&quot;Nom&quot;: &quot;family_name&quot;}.</source>
        <translation>&quot;columns&quot; en el archivo de correspondencias debe ser un objeto como {&quot;Nom&quot;: &quot;family_name&quot;}.</translation>
    </message>
    <message>
        <source>Columns {0} are all &apos;{1}&apos;: choose one.</source>
        <translation>Las columnas {0} son todas &apos;{1}&apos;: elija una.</translation>
    </message>
    <message>
        <source>There is no mapping file {0}.</source>
        <translation>No existe el archivo de correspondencias {0}.</translation>
    </message>
    <message>
        <source>The mapping file {0} cannot be read ({1}).</source>
        <translation>No se puede leer el archivo de correspondencias {0} ({1}).</translation>
    </message>
    <message>
        <source>The mapping file {0} is not valid JSON ({1} at line {2}).</source>
        <translation>El archivo de correspondencias {0} no es un JSON válido ({1} en la línea {2}).</translation>
    </message>
    <message>
        <source>The mapping file maps &apos;{0}&apos; to {1}, which is not a field. Use one of: {2} (or null to skip).</source>
        <translation>El archivo de correspondencias asigna &apos;{0}&apos; a {1}, que no es un campo. Use uno de estos: {2} (o null para omitirla).</translation>
    </message>
    <message>
        <source>The mapping file names a column &apos;{0}&apos; that the file does not have. Its columns are: {1}.</source>
        <translation>El archivo de correspondencias nombra una columna &apos;{0}&apos; que el archivo no tiene. Sus columnas son: {1}.</translation>
    </message>
    <message>
        <source>the period ends before it starts</source>
        <translation>el período termina antes de empezar</translation>
    </message>
    <message>
        <source>everyone, every kind of follow-up</source>
        <translation>todos, todos los tipos de seguimiento</translation>
    </message>
    <message>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semana</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>{0} días</translation>
    </message>
    <message>
        <source>calls by {0}</source>
        <translation>llamadas de {0}</translation>
    </message>
    <message>
        <source>{0} follow-ups</source>
        <translation>seguimientos de tipo “{0}”</translation>
    </message>
    <message>
        <source>Period: {0} ({1} days)</source>
        <translation>Período: {0} ({1} días)</translation>
    </message>
    <message>
        <source>Compared with: {0}</source>
        <translation>Comparado con: {0}</translation>
    </message>
    <message>
        <source>Who and what: {0}</source>
        <translation>Quién y qué: {0}</translation>
    </message>
    <message>
        <source>Engagement report</source>
        <translation>Informe de participación</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Este período</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>page {0}</source>
        <translation>página {0}</translation>
    </message>
    <message>
        <source>this period</source>
        <translation>este período</translation>
    </message>
    <message>
        <source>previous period</source>
        <translation>período anterior</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>some</source>
        <translation>en parte</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>How each figure is counted</source>
        <translation>Cómo se cuenta cada cifra</translation>
    </message>
    <message>
        <source>Periods are the clinic&apos;s local days, first and last included. Calls that were undone and follow-ups that were withdrawn never count. The previous period has the same number of days. Shares are blank when there is nothing to divide by.</source>
        <translation>Los períodos son días locales de la clínica, el primero y el último incluidos. Las llamadas deshechas y los seguimientos retirados nunca cuentan. El período anterior tiene el mismo número de días. Los porcentajes quedan en blanco cuando no hay nada entre qué dividir.</translation>
    </message>
    <message>
        <source>Barriers patients named (number of conversations)</source>
        <translation>Obstáculos que nombraron los pacientes (número de conversaciones)</translation>
    </message>
    <message>
        <source>Calls that reached the patient, by {0} (% of calls)</source>
        <translation>Llamadas en las que se habló con el paciente, por {0} (% de las llamadas)</translation>
    </message>
    <message>
        <source>Follow-ups done on time by {0} (% of those due)</source>
        <translation>Seguimientos hechos a tiempo, por {0} (% de los que tocaban)</translation>
    </message>
    <message>
        <source>No barriers were recorded in either period.</source>
        <translation>No se anotaron obstáculos en ninguno de los dos períodos.</translation>
    </message>
    <message>
        <source>Made on {0}. Counted from what staff recorded: calls, what patients said, follow-ups, appointments and contact confirmations. How each figure is counted is on the last page.</source>
        <translation>Hecho el {0}. Contado a partir de lo que anotó el personal: llamadas, lo que dijeron los pacientes, seguimientos, citas y confirmaciones de contacto. Cómo se cuenta cada cifra está en la última página.</translation>
    </message>
    <message>
        <source>(all staff and kinds)</source>
        <translation>(todo el personal y todos los tipos)</translation>
    </message>
    <message>
        <source>Taking medicines as agreed (% of answers)</source>
        <translation>Toma los medicamentos como se acordó (% de las respuestas)</translation>
    </message>
    <message>
        <source>Use one word of 1 to 40 letters or digits, no spaces.</source>
        <translation>Use una sola palabra de 1 a 40 letras o dígitos, sin espacios.</translation>
    </message>
    <message>
        <source>The first account must be a manager.</source>
        <translation>La primera cuenta debe ser de un responsable.</translation>
    </message>
    <message>
        <source>Choose front_desk, clinician or manager.</source>
        <translation>Elija front_desk, clinician o manager.</translation>
    </message>
    <message>
        <source>You cannot take the manager role from yourself.</source>
        <translation>No puede quitarse a usted mismo el rol de responsable.</translation>
    </message>
    <message>
        <source>You cannot switch off your own account.</source>
        <translation>No puede desactivar su propia cuenta.</translation>
    </message>
    <message>
        <source>The command line has no password to change.</source>
        <translation>La línea de comandos no tiene contraseña que cambiar.</translation>
    </message>
    <message>
        <source>That recovery key is not right: check each group of four characters against the printed sheet.</source>
        <translation>Esa clave de recuperación no es correcta: compare cada grupo de cuatro caracteres con la hoja impresa.</translation>
    </message>
    <message>
        <source>The key file {0} does not hold a database key.</source>
        <translation>El archivo de clave {0} no contiene una clave de base de datos.</translation>
    </message>
    <message>
        <source>The key file {0} cannot be read ({1}).</source>
        <translation>No se puede leer el archivo de clave {0} ({1}).</translation>
    </message>
    <message>
        <source>should be yes, some or no.</source>
        <translation>debe ser sí, algunos o no.</translation>
    </message>
    <message>
        <source>should be better, same or worse.</source>
        <translation>debe ser mejor, igual o peor.</translation>
    </message>
    <message>
        <source>Write the patient&apos;s reason in their words.</source>
        <translation>Escriba el motivo del paciente en sus propias palabras.</translation>
    </message>
    <message>
        <source>That follow-up is already closed; refresh the queue.</source>
        <translation>Ese seguimiento ya está cerrado; actualice la cola de llamadas.</translation>
    </message>
    <message>
        <source>That call was already undone.</source>
        <translation>Esa llamada ya se deshizo.</translation>
    </message>
    <message>
        <source>That is not an open re-approach.</source>
        <translation>Ese no es un nuevo acercamiento pendiente.</translation>
    </message>
    <message>
        <source>No follow-up with id {0}.</source>
        <translation>No hay ningún seguimiento con el id {0}.</translation>
    </message>
    <message>
        <source>No call with id {0}.</source>
        <translation>No hay ninguna llamada con el id {0}.</translation>
    </message>
    <message>
        <source>A call can be undone for {0} minutes only; log a new outcome instead.</source>
        <translation>Una llamada solo se puede deshacer durante {0} minutos; registre un nuevo resultado en su lugar.</translation>
    </message>
    <message>
        <source>Paper is a4 or letter.</source>
        <translation>El papel es a4 o letter.</translation>
    </message>
    <message>
        <source>should be one of {0}.</source>
        <translation>debe ser uno de {0}.</translation>
    </message>
    <message>
        <source>No care plan version with id {0}.</source>
        <translation>No hay ninguna versión del plan de cuidados con el id {0}.</translation>
    </message>
    <message>
        <source>{0} has no care plan yet: a clinician writes one first (Care plan, on the patient&apos;s record).</source>
        <translation>{0} todavía no tiene plan de cuidados: primero alguien del personal clínico escribe uno (Plan de cuidados, en el registro del paciente).</translation>
    </message>
    <message>
        <source>Could not write the handouts to {0}: {1}. The ones already written are kept; check the folder or the stick and try again.</source>
        <translation>No se pudieron escribir las hojas para el paciente en {0}: {1}. Las que ya se escribieron se conservan; revise la carpeta o la memoria USB y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Demo data is for 0 to {0} patients.</source>
        <translation>Los datos de demostración son para 0 a {0} pacientes.</translation>
    </message>
    <message>
        <source>{0} holds a real register: demo patients are only added to a new database or to demo data.</source>
        <translation>{0} contiene un registro real: los pacientes de demostración solo se agregan a una base de datos nueva o a datos de demostración.</translation>
    </message>
    <message>
        <source>making demo data failed: {0}</source>
        <translation>no se pudieron crear los datos de demostración: {0}</translation>
    </message>
    <message>
        <source>{0} is not a plain (unencrypted) clinic database.</source>
        <translation>{0} no es una base de datos de clínica simple (sin cifrar).</translation>
    </message>
    <message>
        <source>The encrypted copy of {0} did not check out ({1}). The original is untouched.</source>
        <translation>La copia cifrada de {0} no pasó la revisión ({1}). El original no se tocó.</translation>
    </message>
    <message>
        <source>Choose two different records to merge.</source>
        <translation>Elija dos registros diferentes para combinar.</translation>
    </message>
    <message>
        <source>{0} was merged into {1}; open and edit that record instead.</source>
        <translation>{0} se combinó con {1}; abra y edite ese registro.</translation>
    </message>
    <message>
        <source>{0} was already merged into another record.</source>
        <translation>{0} ya se combinó con otro registro.</translation>
    </message>
    <message>
        <source>Give a date (year-month-day, e.g. 2026-10-01).</source>
        <translation>Indique una fecha (año-mes-día, p. ej., 2026-10-01).</translation>
    </message>
    <message>
        <source>{0} is before the first day ({1}).</source>
        <translation>{0} es anterior al primer día ({1}).</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a real date. Use year-month-day, e.g. 2026-10-01.</source>
        <translation>&apos;{0}&apos; no es una fecha real. Use año-mes-día, p. ej., 2026-10-01.</translation>
    </message>
    <message>
        <source>A report covers at most {0} days; choose a shorter period.</source>
        <translation>Un informe abarca como máximo {0} días; elija un período más corto.</translation>
    </message>
    <message>
        <source>is not a setting.</source>
        <translation>no es una opción de configuración.</translation>
    </message>
    <message>
        <source>should be at least {0}.</source>
        <translation>debe ser al menos {0}.</translation>
    </message>
    <message>
        <source>should be a 2-letter country code such as KE, NG, MX.</source>
        <translation>debe ser un código de país de 2 letras, como KE, NG, MX.</translation>
    </message>
    <message>
        <source>should be at most {0}.</source>
        <translation>debe ser como máximo {0}.</translation>
    </message>
    <message>
        <source>should be 2 to 5 letters, such as KIB.</source>
        <translation>debe tener de 2 a 5 letras, como KIB.</translation>
    </message>
    <message>
        <source>A visit cannot be in the future.</source>
        <translation>Una visita no puede estar en el futuro.</translation>
    </message>
    <message>
        <source>Check in after 1 to 365 days.</source>
        <translation>Llamada de control después de 1 a 365 días.</translation>
    </message>
    <message>
        <source>Use year-month-day and a time, e.g. 2026-12-01 09:30.</source>
        <translation>Use año-mes-día y una hora, p. ej., 2026-12-01 09:30.</translation>
    </message>
    <message>
        <source>There is no earlier status to go back to.</source>
        <translation>No hay ningún estado anterior al que volver.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a real date. Use year-month-day, e.g. 2026-11-23.</source>
        <translation>&apos;{0}&apos; no es una fecha real. Use año-mes-día, p. ej., 2026-11-23.</translation>
    </message>
    <message>
        <source>The batch names no valid schema version; nothing was applied.</source>
        <translation>El lote no indica ninguna versión de esquema válida; no se aplicó nada.</translation>
    </message>
    <message>
        <source>These changes were made by a newer version of Clinic Companion (schema {0}; this version knows up to {1}). Update this PC, then sync again. Nothing was applied.</source>
        <translation>Estos cambios se hicieron con una versión más reciente de Clinic Companion (esquema {0}; esta versión conoce hasta el {1}). Actualice esta computadora y vuelva a sincronizar. No se aplicó nada.</translation>
    </message>
    <message>
        <source>Change {0} is not a valid change (docs/sync-wire.md); nothing was applied.</source>
        <translation>El cambio {0} no es un cambio válido (docs/sync-wire.md); no se aplicó nada.</translation>
    </message>
    <message>
        <source>Change {0} sets columns {1} that {2} does not have here; nothing was applied.</source>
        <translation>El cambio {0} asigna las columnas {1}, que {2} no tiene aquí; no se aplicó nada.</translation>
    </message>
    <message>
        <source>Change {0} has a field that is not text, a number or null; nothing was applied.</source>
        <translation>El cambio {0} tiene un campo que no es texto, un número ni null; no se aplicó nada.</translation>
    </message>
    <message>
        <source>Change {0} is for a table this PC does not sync ({1}); nothing was applied.</source>
        <translation>El cambio {0} es para una tabla que esta computadora no sincroniza ({1}); no se aplicó nada.</translation>
    </message>
    <message>
        <source>Received {0} rows clash with rows already here ({1}): two sites may use the same clinic-number prefix or user name. Nothing was applied; ask for help before syncing again.</source>
        <translation>{0} filas recibidas chocan con filas que ya están aquí ({1}): puede que dos sitios usen el mismo prefijo de número de clínica o el mismo nombre de usuario. No se aplicó nada; pida ayuda antes de volver a sincronizar.</translation>
    </message>
    <message>
        <source>{0} is not a folder. Plug in the stick and choose its folder.</source>
        <translation>{0} no es una carpeta. Conecte la memoria USB y elija su carpeta.</translation>
    </message>
    <message>
        <source>The bundle could not be written to {0} ({1}). Check the stick is in and has space, then try again.</source>
        <translation>No se pudo escribir el paquete en {0} ({1}). Revise que la memoria USB esté conectada y tenga espacio, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>not a synced table: {0}</source>
        <translation>no es una tabla sincronizada: {0}</translation>
    </message>
    <message>
        <source>Name the clinic database: clinic-app sync --db PATH.</source>
        <translation>Indique la base de datos de la clínica: clinic-app sync --db RUTA.</translation>
    </message>
    <message>
        <source>--country is for a new database; change an existing one&apos;s in Settings.</source>
        <translation>--country es para una base de datos nueva; para una existente, cámbielo en Configuración.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a hub address. Type it as the hub&apos;s administrator gave it, for example https://hub.example.org or http://192.168.1.20:8750.</source>
        <translation>&apos;{0}&apos; no es una dirección del servidor central (hub). Escríbala tal como se la dio el administrador del servidor central, por ejemplo https://hub.example.org o http://192.168.1.20:8750.</translation>
    </message>
    <message>
        <source>The port in &apos;{0}&apos; is not a number.</source>
        <translation>El puerto en &apos;{0}&apos; no es un número.</translation>
    </message>
    <message>
        <source>This is a demo database: its patients are made up and never sync. Set up sync in the clinic&apos;s real database.</source>
        <translation>Esta es una base de datos de demostración: sus pacientes son inventados y nunca se sincronizan. Configure la sincronización en la base de datos real de la clínica.</translation>
    </message>
    <message>
        <source>The batch holds no list of changes; nothing was applied.</source>
        <translation>El lote no contiene ninguna lista de cambios; no se aplicó nada.</translation>
    </message>
    <message>
        <source>The hub gave this PC another site id than its own: is the hub up to date? Nothing was changed here.</source>
        <translation>El servidor central (hub) le dio a esta computadora un id de sitio distinto del suyo: ¿está actualizado el servidor central? No se cambió nada aquí.</translation>
    </message>
    <message>
        <source>This PC is not set up for sync: a manager enters the hub address and an enrolment code in Settings → Sync.</source>
        <translation>Esta computadora no está configurada para sincronizar: un responsable debe escribir la dirección del servidor central (hub) y un código de inscripción en Configuración → Sincronización.</translation>
    </message>
    <message>
        <source>This PC&apos;s sync token is not in the keyring (it may have been cleared). Ask the hub&apos;s administrator for a new enrolment code and enrol again in Settings → Sync.</source>
        <translation>El token de sincronización de esta computadora no está en el llavero del sistema (puede que se haya borrado). Pida al administrador del servidor central un nuevo código de inscripción y vuelva a inscribirse en Configuración → Sincronización.</translation>
    </message>
    <message>
        <source>This conflict was settled already (here or at another site). Refresh the list.</source>
        <translation>Este conflicto ya se resolvió (aquí o en otro sitio). Actualice la lista.</translation>
    </message>
    <message>
        <source>No sync conflict with id {0}.</source>
        <translation>No hay ningún conflicto de sincronización con el id {0}.</translation>
    </message>
    <message>
        <source>Conflicts on {0}.{1} are not settled here.</source>
        <translation>Los conflictos en {0}.{1} no se resuelven aquí.</translation>
    </message>
    <message>
        <source>No patient with id {0}.</source>
        <translation>No hay ningún paciente con el id {0}.</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;New patient</source>
        <translation>&amp;Nuevo paciente</translation>
    </message>
    <message>
        <source>&amp;Open selected</source>
        <translation>&amp;Abrir el seleccionado</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Merge duplicate records…</source>
        <translation>&amp;Combinar registros duplicados…</translation>
    </message>
    <message>
        <source>Print &amp;handouts for a day&apos;s visits…</source>
        <translation>Imprimir &amp;hojas para las visitas de un día…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Lock / switch user</source>
        <translation>&amp;Bloquear / cambiar de usuario</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Cambiar mi &amp;contraseña…</translation>
    </message>
    <message>
        <source>Clinic &amp;settings…</source>
        <translation>Con&amp;figuración de la clínica…</translation>
    </message>
    <message>
        <source>Staff &amp;accounts…</source>
        <translation>Cuen&amp;tas del personal…</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation>Registro de &amp;auditoría…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Hacer &amp;copia de seguridad ahora…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <source>Engagement re&amp;port…</source>
        <translation>I&amp;nforme de participación…</translation>
    </message>
    <message>
        <source>S&amp;ync with the hub…</source>
        <translation>&amp;Sincronizar con el servidor central…</translation>
    </message>
    <message>
        <source>&amp;Import a patient list…</source>
        <translation>&amp;Importar una lista de pacientes…</translation>
    </message>
    <message>
        <source>&amp;Patients (CSV)…</source>
        <translation>&amp;Pacientes (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Follow-ups (CSV)…</source>
        <translation>&amp;Seguimientos (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Call outcomes (CSV)…</source>
        <translation>&amp;Resultados de llamadas (CSV)…</translation>
    </message>
    <message>
        <source>Everything as FHIR (&amp;JSON)…</source>
        <translation>Todo como FHIR (&amp;JSON)…</translation>
    </message>
    <message>
        <source>High &amp;contrast (white on black)</source>
        <translation>Alto &amp;contraste (blanco sobre negro)</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Paciente</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Text &amp;size</source>
        <translation>Tamaño del &amp;texto</translation>
    </message>
    <message>
        <source>&amp;Manage</source>
        <translation>&amp;Administrar</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Usuario</translation>
    </message>
</context>
<context>
    <name>setup</name>
    <message>
        <source>No key store on this PC</source>
        <translation>No hay almacén de claves en esta computadora</translation>
    </message>
    <message>
        <source>This PC has no secure key store (such as the Windows Credential Manager or GNOME Keyring), so the key that locks the clinic&apos;s records cannot be kept there.

You can keep the key in a file instead, ideally on a USB stick kept apart from the PC. Whoever has that file and a copy of the records can read them.

Choose where to save the key file?</source>
        <translation>Esta computadora no tiene un almacén de claves seguro (como el Administrador de credenciales de Windows o GNOME Keyring), así que la clave que bloquea los registros de la clínica no se puede guardar ahí.

En su lugar, puede guardar la clave en un archivo, de preferencia en una memoria USB que se guarde lejos de la computadora. Quien tenga ese archivo y una copia de los registros puede leerlos.

¿Elegir dónde guardar el archivo de clave?</translation>
    </message>
    <message>
        <source>Save the key file</source>
        <translation>Guardar el archivo de clave</translation>
    </message>
</context>
</TS>
